package dev.structview.testing;

/**
 * The bytes a strided N-d layout reaches, relative to its first item: what a test needs to place
 * random shapes and strides inside a buffer.
 *
 * @param low the lowest byte reached, relative to the first item's (0 or negative)
 * @param high one past the highest byte reached, relative to the first item's
 */
public record StridedExtent(long low, long high) {
  /**
   * Returns the extent of items of {@code itemsize} bytes laid out with {@code shape} and
   * {@code strides}; an empty dimension reaches nothing past the first item.
   */
  public static StridedExtent of(long itemsize, long[] shape, long[] strides) {
    long low = 0;
    long high = itemsize;
    for (int d = 0; d < shape.length; d++) {
      long reach = strides[d] * Math.max(0, shape[d] - 1);
      low += Math.min(0, reach);
      high += Math.max(0, reach);
    }
    return new StridedExtent(low, high);
  }
}
