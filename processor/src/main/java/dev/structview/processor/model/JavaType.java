package dev.structview.processor.model;

/**
 * A Java type as the binding rules see it: a primitive, an array of one, {@code String},
 * {@code BigInteger}, another {@code @BufferFormat} interface, or anything else.
 *
 * @param kind what the type is
 * @param display how the type is written in messages, such as {@code short[]}
 * @param record the annotated interface, for {@link Kind#RECORD}; otherwise {@code null}
 */
public record JavaType(Kind kind, String display, RecordRef record) {
  /** The kinds of type the binding rules tell apart. */
  public enum Kind {
    VOID, BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE,
    BOOLEAN_ARRAY, BYTE_ARRAY, SHORT_ARRAY, CHAR_ARRAY, INT_ARRAY, LONG_ARRAY, FLOAT_ARRAY, DOUBLE_ARRAY,
    STRING, BIG_INTEGER, BIG_INTEGER_ARRAY, RECORD, OTHER;

    /** Returns the element kind of an array kind, or {@code null}. */
    public Kind element() {
      switch (this) {
        case BOOLEAN_ARRAY: return BOOLEAN;
        case BYTE_ARRAY: return BYTE;
        case SHORT_ARRAY: return SHORT;
        case CHAR_ARRAY: return CHAR;
        case INT_ARRAY: return INT;
        case LONG_ARRAY: return LONG;
        case FLOAT_ARRAY: return FLOAT;
        case DOUBLE_ARRAY: return DOUBLE;
        case BIG_INTEGER_ARRAY: return BIG_INTEGER;
        default: return null;
      }
    }
  }

  /** A type of one of the kinds that need no further description. */
  public static JavaType of(Kind kind, String display) {
    return new JavaType(kind, display, null);
  }

  /** Returns whether this is an array type. */
  public boolean isArray() {
    return kind.element() != null;
  }

  @Override
  public String toString() {
    return display;
  }
}
