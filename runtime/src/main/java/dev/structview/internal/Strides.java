package dev.structview.internal;

/**
 * Shape and stride arithmetic shared by buffer descriptors, views and generated record arrays. Not
 * API.
 */
public final class Strides {
  private Strides() {}

  /**
   * Returns the number of elements of a shape: 1 for no dimensions.
   *
   * @throws IllegalArgumentException if {@code shape} is null
   */
  public static long product(long[] shape) {
    Require.nonNull(shape, "shape");
    long n = 1;
    for (long extent : shape) {
      n *= extent;
    }
    return n;
  }

  /**
   * Returns C-contiguous (row-major) strides for a shape.
   *
   * @throws IllegalArgumentException if {@code shape} is null
   */
  public static long[] cStrides(long[] shape, long itemsize) {
    Require.nonNull(shape, "shape");
    long[] strides = new long[shape.length];
    long step = itemsize;
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = step;
      step *= shape[d];
    }
    return strides;
  }

  /**
   * Returns whether explicit strides are contiguous in C (row-major) or Fortran (column-major)
   * order: CPython's {@code _IsCContiguous} and {@code _IsFortranContiguous} for a non-empty
   * buffer. Dimensions of extent 1 may have any stride.
   *
   * @throws IllegalArgumentException if {@code shape} or {@code strides} is null
   */
  public static boolean isContiguous(long[] shape, long[] strides, long itemsize, boolean fortran) {
    Require.nonNull(shape, "shape");
    Require.nonNull(strides, "strides");
    long expected = itemsize;
    for (int k = 0; k < shape.length; k++) {
      int d = fortran ? k : shape.length - 1 - k;
      if (shape[d] > 1 && strides[d] != expected) {
        return false;
      }
      expected *= shape[d];
    }
    return true;
  }
}
