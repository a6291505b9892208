package dev.structview.view;

import dev.structview.buffer.Memory;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.HalfFloat;
import dev.structview.format.Struct;
import dev.structview.internal.PyValues;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.List;

/**
 * Reads and writes one element of a view: CPython's {@code unpack_single} and {@code pack_single}.
 *
 * <p>Three kinds, chosen once per format:
 * <ul>
 *   <li>a native single code, optionally after {@code @} ({@code c b B ? h H i I l L q Q n N e f d
 *       P}): read in place; written with struct's native range checks,
 *       failing as CPython's memoryview does ("memoryview: invalid type for format 'i'" for a value
 *       of the wrong type, "invalid value" for one out of range);
 *   <li>any other format the struct module parses ({@code <i}, {@code 2h}, {@code 3s}): beyond
 *       CPython, which raises {@code NotImplementedError}; an element is the struct's one value, or
 *       a list of its values;
 *   <li>anything else: {@link UnsupportedOperationException}, as CPython's
 *       {@code NotImplementedError}, raised where CPython raises it.
 * </ul>
 */
abstract class ItemCodec {
  /**
   * Checks the format before indexing, as CPython's {@code adjust_fmt} does.
   *
   * @throws UnsupportedOperationException if the format is unusable for items
   */
  void checkFormat() {}

  /** Reads the element at byte {@code position} of {@code memory}. */
  abstract Object read(Memory memory, long position);

  /**
   * Writes {@code value} to the element at byte {@code position}.
   *
   * @throws IllegalArgumentException if the value has the wrong type or does not fit
   */
  abstract void write(Memory memory, long position, Object value);

  /**
   * Whether elements can be compared with CPython's fast path for identical native formats: the
   * native code, or {@code '_'} when there is none.
   */
  char nativeCode() {
    return '_';
  }

  static ItemCodec forFormat(String format, long itemsize) {
    String bare = format.startsWith("@") ? format.substring(1) : format;
    if (bare.length() == 1) {
      Native n = Native.forCode(bare.charAt(0));
      if (n != null) {
        return n.size <= itemsize ? n : new Unsupported("memoryview: format " + format + " needs "
            + n.size + " bytes but the itemsize is " + itemsize, false);
      }
    }
    Struct struct;
    try {
      struct = Struct.of(format);
    } catch (FormatException e) {
      // CPython accepts any single character at first and fails when it unpacks (after bounds).
      return bare.length() == 1
          ? new Unsupported("memoryview: format " + bare + " not supported", false)
          : new Unsupported("memoryview: unsupported format " + format, true);
    }
    if (struct.size() > itemsize) {
      return new Unsupported("memoryview: format " + format + " needs " + struct.size()
          + " bytes but the itemsize is " + itemsize, true);
    }
    return new Records(struct);
  }

  /** A native single code, read in place. */
  static final class Native extends ItemCodec {
    private static final boolean BIG = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
    /** One codec per code that {@link FormatCode#isMemoryviewItem}, by ordinal; null for the others. */
    private static final Native[] BY_CODE = new Native[FormatCode.values().length];

    static {
      for (FormatCode c : FormatCode.values()) {
        if (c.isMemoryviewItem()) {
          BY_CODE[c.ordinal()] = new Native(c);
        }
      }
    }

    final FormatCode format;
    final char code;
    final int size;
    private final Struct packer;

    private Native(FormatCode format) {
      this.format = format;
      this.code = format.code();
      this.packer = Struct.of("@" + code);
      this.size = (int) packer.size();
    }

    /** Returns the codec of a native single-character item format, or null if {@code c} is none. */
    static Native forCode(char c) {
      return FormatCode.forChar(c).map(f -> BY_CODE[f.ordinal()]).orElse(null);
    }

    @Override
    char nativeCode() {
      return code;
    }

    @Override
    Object read(Memory m, long p) {
      return switch (format.kind()) {
        case CHAR -> new byte[] {m.getByte(p)};
        case BOOL -> m.getByte(p) != 0;
        case FLOAT -> readFloat(m, p);
        case SIGNED -> readSigned(m, p);
        case UNSIGNED, POINTER -> readUnsigned(m, p);
        case PAD, STRING, PASCAL -> throw new IllegalStateException("not an item code: " + code);
      };
    }

    private Object readFloat(Memory m, long p) {
      return switch (size) {
        case 2 -> HalfFloat.toFloat(m.getShort(p, BIG));
        case 4 -> Float.intBitsToFloat(m.getInt(p, BIG));
        default -> Double.longBitsToDouble(m.getLong(p, BIG));
      };
    }

    /** The value in the carrier {@link FormatCode#carrier} names: Byte, Short, Integer or Long. */
    private Object readSigned(Memory m, long p) {
      return switch (size) {
        case 1 -> m.getByte(p);
        case 2 -> m.getShort(p, BIG);
        case 4 -> m.getInt(p, BIG);
        default -> m.getLong(p, BIG);
      };
    }

    /** The value widened to its carrier: Integer, Long or, for 64 bits, BigInteger. */
    private Object readUnsigned(Memory m, long p) {
      switch (size) {
        case 1: return m.getByte(p) & 0xff;
        case 2: return m.getShort(p, BIG) & 0xffff;
        case 4: return m.getInt(p, BIG) & 0xffff_ffffL;
        default:
          long raw = m.getLong(p, BIG);
          return raw >= 0 ? BigInteger.valueOf(raw) : BigInteger.valueOf(raw).add(TWO_TO_64);
      }
    }

    /** Reads the element's raw bits, for the same-format fast comparison. */
    long bits(Memory m, long p) {
      switch (size) {
        case 1: return m.getByte(p);
        case 2: return m.getShort(p, BIG);
        case 4: return m.getInt(p, BIG);
        default: return m.getLong(p, BIG);
      }
    }

    @Override
    void write(Memory m, long p, Object value) {
      if (!acceptsType(value)) {
        throw new IllegalArgumentException("memoryview: invalid type for format '" + code + "'");
      }
      byte[] bytes;
      try {
        bytes = packer.pack(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("memoryview: invalid value for format '" + code + "'", e);
      }
      m.copyFrom(bytes, 0, p, bytes.length);
    }

    private boolean acceptsType(Object value) {
      return switch (format.kind()) {
        case BOOL -> true;
        case CHAR -> value instanceof byte[];
        case FLOAT -> value instanceof Number || value instanceof Boolean;
        case SIGNED, UNSIGNED, POINTER -> PyValues.isInteger(value);
        case PAD, STRING, PASCAL -> false;
      };
    }
  }

  /** Any other struct format: an element is its one value, or the list of its values. */
  static final class Records extends ItemCodec {
    private final Struct struct;

    Records(Struct struct) {
      this.struct = struct;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.structview.format.StructException for an item larger than a Java array, or whose
     *     values do not fit the heap (memory of any size holds such items; a format's count sizes them)
     */
    @Override
    Object read(Memory m, long p) {
      List<Object> values = struct.unpackFrom(m, p);
      return values.size() == 1 ? values.get(0) : values;
    }

    @Override
    void write(Memory m, long p, Object value) {
      Object[] values = toValues(value);
      byte[] bytes;
      try {
        bytes = struct.pack(values);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("memoryview: invalid value for format '" + struct.format()
            + "': " + e.getMessage(), e);
      }
      m.copyFrom(bytes, 0, p, bytes.length);
    }

    private Object[] toValues(Object value) {
      if (struct.layout().valueCount() == 1) {
        return new Object[] {value};
      }
      if (value instanceof List) {
        return ((List<?>) value).toArray();
      }
      if (value instanceof Object[]) {
        return ((Object[]) value).clone();
      }
      throw new IllegalArgumentException("memoryview: invalid type for format '" + struct.format()
          + "': a record of " + struct.layout().valueCount() + " values needs a List, not "
          + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** Unpacks every value of the element, for comparisons. */
    List<Object> values(Memory m, long p) {
      Object item = read(m, p);
      return struct.layout().valueCount() == 1 ? Collections.singletonList(item) : castList(item);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object item) {
      return (List<Object>) item;
    }
  }

  /** A format elements cannot be read with. */
  static final class Unsupported extends ItemCodec {
    private final String message;
    private final boolean early;

    /**
     * @param message CPython's NotImplementedError text
     * @param early whether it is raised by the format check, before indices are checked
     */
    Unsupported(String message, boolean early) {
      this.message = message;
      this.early = early;
    }

    @Override
    void checkFormat() {
      if (early) {
        throw new UnsupportedOperationException(message);
      }
    }

    @Override
    Object read(Memory memory, long position) {
      throw new UnsupportedOperationException(message);
    }

    @Override
    void write(Memory memory, long position, Object value) {
      throw new UnsupportedOperationException(message);
    }
  }
}
