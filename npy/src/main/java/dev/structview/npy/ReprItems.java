package dev.structview.npy;

import dev.structview.buffer.Memory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes items of a dtype from memory into the values {@link ElementFormat} prints: Boolean,
 * BigInteger, Double, {@code double[]} {re, im}, {@code byte[]} (bytes without their trailing NULs,
 * or a void's raw bytes), {@link Text} (UTF-32 without trailing NULs), a List of a record's fields,
 * and {@link Nested} for a sub-array.
 */
final class ReprItems {
  private ReprItems() {}

  /** A sub-array's items, row by row: a level of nesting, not a record. */
  record Nested(List<Object> items) {}

  /**
   * A {@code U} item's code points, as NumPy holds them: not a Java String, in which a high and a
   * low surrogate stored one after the other would become one character (NumPy's string of U+D800
   * then U+DC00 has two), and which cannot hold values past U+10FFFF.
   */
  record Text(int[] codePoints) {}

  /**
   * Returns the item of {@code type} at {@code at}.
   *
   * @throws UnsupportedOperationException for long double and its complex, which Java has no
   *     arithmetic for
   */
  static Object decode(Dtype type, Memory memory, long at) {
    if (type instanceof Dtype.Struct s) {
      List<Object> fields = new ArrayList<>(s.fields().size());
      s.fields().forEach(f -> fields.add(decode(f.type(), memory, at + f.offset())));
      return fields;
    }
    if (type instanceof Dtype.SubArray sub) {
      return subArray(sub.base(), sub.shape(), 0, memory, at);
    }
    Dtype.Scalar s = (Dtype.Scalar) type;
    boolean big = (s.order() == '=' ? Dtype.NATIVE : s.order()) == '>';
    int size = (int) s.size();
    return switch (s.kind()) {
      case 'b' -> memory.getByte(at) != 0;
      case 'i', 'u' -> integer(memory, at, size, big, s.kind() == 'u');
      case 'f' -> real(memory, at, size, big);
      case 'c' -> new double[] {real(memory, at, size / 2, big), real(memory, at + size / 2, size / 2, big)};
      case 'S' -> bytes(memory, at, size, true);
      case 'U' -> text(memory, at, size / 4, big);
      default -> bytes(memory, at, size, false);
    };
  }

  private static Nested subArray(Dtype base, long[] shape, int axis, Memory memory, long at) {
    long step = base.itemsize();
    for (int k = axis + 1; k < shape.length; k++) {
      step *= shape[k];
    }
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < shape[axis]; i++) {
      long where = at + i * step;
      items.add(axis + 1 == shape.length ? decode(base, memory, where) : subArray(base, shape, axis + 1, memory, where));
    }
    return new Nested(items);
  }

  private static BigInteger integer(Memory memory, long at, int size, boolean big, boolean unsigned) {
    byte[] b = new byte[size];
    memory.copyTo(at, b, 0, size);
    byte[] magnitude = new byte[size];
    for (int i = 0; i < size; i++) {
      magnitude[i] = b[big ? i : size - 1 - i];
    }
    return unsigned ? new BigInteger(1, magnitude) : new BigInteger(magnitude);
  }

  private static double real(Memory memory, long at, int size, boolean big) {
    return switch (size) {
      case 2 -> FloatDigits.HalfFloats.value(memory.getShort(at, big) & 0xffff);
      case 4 -> Float.intBitsToFloat(memory.getInt(at, big));
      case 8 -> Double.longBitsToDouble(memory.getLong(at, big));
      default -> throw new UnsupportedOperationException("float" + size * 8 + " (long double) values are not"
          + " printed: Java has no " + size * 8 + "-bit float");
    };
  }

  private static byte[] bytes(Memory memory, long at, int size, boolean stripNuls) {
    byte[] b = new byte[size];
    memory.copyTo(at, b, 0, size);
    int n = size;
    while (stripNuls && n > 0 && b[n - 1] == 0) {
      n--;
    }
    return n == size ? b : java.util.Arrays.copyOf(b, n);
  }

  private static Text text(Memory memory, long at, int chars, boolean big) {
    int n = chars;
    while (n > 0 && memory.getInt(at + 4L * (n - 1), big) == 0) {
      n--;
    }
    int[] codePoints = new int[n];
    for (int i = 0; i < n; i++) {
      codePoints[i] = memory.getInt(at + 4L * i, big);
    }
    return new Text(codePoints);
  }
}
