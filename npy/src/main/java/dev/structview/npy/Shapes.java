package dev.structview.npy;

import java.util.Arrays;

/** Sizes and strides of an array's shape, in overflow-checked {@code long} arithmetic. */
final class Shapes {
  private Shapes() {}

  /**
   * Returns {@code product(shape) * itemsize}, after checking that the product of the shape's non-zero
   * dimensions times the itemsize fits a {@code long}, as NumPy requires of any array.
   *
   * @throws NpyFormatException if it does not
   */
  static long dataBytes(long[] shape, long itemsize, String source) {
    long span = itemsize;
    long count = 1;
    for (long d : shape) {
      try {
        span = Math.multiplyExact(span, Math.max(d, 1));
      } catch (ArithmeticException e) {
        throw new NpyFormatException(source, "array is too big: shape " + Arrays.toString(shape) + " of "
            + itemsize + "-byte items holds more than 2^63 - 1 bytes");
      }
      count *= d; // cannot overflow: bounded by span, or zero
    }
    return count * itemsize;
  }

  /**
   * Returns the strides NumPy exports ({@code _buffer_info_new}): C-contiguous, or Fortran-contiguous
   * for a Fortran-ordered array that is not also C-contiguous (empty, or with at most one dimension
   * longer than one); a step past a zero dimension is zero. With {@code own}, the strides NumPy gives
   * the array itself ({@code _array_fill_strides}), which step over a zero dimension as over a one:
   * the alignment of fields is judged by those.
   */
  static long[] strides(long[] shape, long itemsize, boolean fortranOrder, boolean own) {
    long[] strides = new long[shape.length];
    boolean fortran = fortranOrder && !isAlsoC(shape);
    long step = itemsize;
    for (int i = 0; i < shape.length; i++) {
      int k = fortran ? i : shape.length - 1 - i;
      strides[k] = step;
      step *= own ? Math.max(shape[k], 1) : shape[k];
    }
    return strides;
  }

  static boolean isAlsoC(long[] shape) {
    int longer = 0;
    for (long d : shape) {
      if (d == 0) {
        return true;
      }
      if (d > 1) {
        longer++;
      }
    }
    return longer <= 1;
  }
}
