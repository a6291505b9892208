package dev.structview.format;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The unmodifiable list {@link Struct#unpack} returns: one array, no copies. Its {@code toString}
 * shows {@code byte[]} values as Python bytes literals ({@code b'ab\x00'}).
 */
final class ValueList extends AbstractList<Object> implements RandomAccess {
  private final Object[] values;

  ValueList(Object[] values) {
    this.values = values;
  }

  @Override
  public Object get(int index) {
    return values[Objects.checkIndex(index, values.length)];
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      Object v = values[i];
      out.append(v instanceof byte[] ? bytesLiteral((byte[]) v) : String.valueOf(v));
    }
    return out.append(']').toString();
  }

  /** Renders bytes as Python's {@code repr} does, always with single quotes. */
  static String bytesLiteral(byte[] bytes) {
    StringBuilder out = new StringBuilder("b'");
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '\\' || c == '\'') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c >= 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    return out.append('\'').toString();
  }
}
