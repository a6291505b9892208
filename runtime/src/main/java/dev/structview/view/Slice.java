package dev.structview.view;

/**
 * A Python slice, {@code [start:stop:step]}, where {@code null} means omitted.
 *
 * <p>Resolved against a length exactly as CPython's {@code PySlice_AdjustIndices}: negative
 * positions count from the end, out-of-range positions are clamped, an omitted step is 1, an omitted
 * start or stop is the beginning or end in the step's direction. A step of 0 is an error when the
 * slice is used.
 *
 * @param start the first index, or {@code null}
 * @param stop the index to stop before, or {@code null}
 * @param step the step, or {@code null} for 1
 */
public record Slice(Long start, Long stop, Long step) {
  /** The whole dimension: {@code [:]}. */
  public static final Slice ALL = new Slice(null, null, null);

  /** Returns {@code [start:stop:step]}; {@code null} means omitted. */
  public static Slice of(Long start, Long stop, Long step) {
    return new Slice(start, stop, step);
  }

  /** Returns {@code [start:stop]}. */
  public static Slice of(Long start, Long stop) {
    return new Slice(start, stop, null);
  }

  /**
   * Resolves this slice against a dimension of {@code length} elements.
   *
   * @return the first index, the step and the number of elements selected
   * @throws IllegalArgumentException if the step is 0 ("slice step cannot be zero")
   */
  Resolved resolve(long length) {
    long s = step == null ? 1 : step;
    if (s == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    if (s < -Long.MAX_VALUE) {
      s = -Long.MAX_VALUE; // as PySlice_Unpack, so that -step cannot overflow
    }
    long first = adjust(start, length, s, s < 0 ? Long.MAX_VALUE : 0);
    long last = adjust(stop, length, s, s < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
    long count = 0;
    if (s < 0 && last < first) {
      count = (first - last - 1) / -s + 1;
    } else if (s > 0 && first < last) {
      count = (last - first - 1) / s + 1;
    }
    return new Resolved(first, s, count);
  }

  private static long adjust(Long position, long length, long step, long omitted) {
    long p = position == null ? omitted : position;
    if (p < 0) {
      p += length;
      if (p < 0) {
        p = step < 0 ? -1 : 0;
      }
    } else if (p >= length) {
      p = step < 0 ? length - 1 : length;
    }
    return p;
  }

  /** A slice resolved against a length. */
  record Resolved(long start, long step, long length) {}

  @Override
  public String toString() {
    return "[" + (start == null ? "" : start) + ":" + (stop == null ? "" : stop)
        + (step == null ? "" : ":" + step) + "]";
  }
}
