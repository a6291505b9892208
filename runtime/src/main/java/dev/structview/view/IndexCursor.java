package dev.structview.view;

/**
 * The one walk over an N-d index space, in row-major (C) or column-major (Fortran) order: every
 * visit of elements by position (copies, lists, comparisons, record iteration) steps this cursor
 * and moves its positions by the {@link #carries carries} of their strides, so no other code
 * keeps an odometer.
 *
 * <p>{@link #next} advances the index and returns the dimension that was incremented; every
 * faster dimension went back to 0. Moving a position by {@code carries(strides)[d]} then lands on
 * the new element, for any strides, without recomputing it from the index.
 */
final class IndexCursor {
  private final long[] extents;
  private final boolean fortran;
  private final long[] index;

  /**
   * A cursor at index 0 of a non-empty index space.
   *
   * @param extents the extent of each dimension, every one at least 1
   * @param fortran whether the first dimension varies fastest
   */
  IndexCursor(long[] extents, boolean fortran) {
    this.extents = extents;
    this.fortran = fortran;
    this.index = new long[extents.length];
  }

  /** Returns a cursor at the same index, which advances on its own. */
  IndexCursor copy() {
    IndexCursor c = new IndexCursor(extents, fortran);
    System.arraycopy(index, 0, c.index, 0, index.length);
    return c;
  }

  /** Advances to the next index; returns the dimension incremented, or -1 after the last index. */
  int next() {
    int n = extents.length;
    for (int k = 0; k < n; k++) {
      int d = fortran ? k : n - 1 - k;
      if (++index[d] < extents[d]) {
        return d;
      }
      index[d] = 0;
    }
    return -1;
  }

  /**
   * Returns, for each dimension {@code d}, how far a position moves when {@link #next} returns
   * {@code d}: one stride along {@code d}, back to the start along every faster dimension.
   */
  long[] carries(long[] strides) {
    int n = extents.length;
    long[] carries = new long[n];
    long back = 0; // how far the faster dimensions went, to be undone
    for (int k = 0; k < n; k++) {
      int d = fortran ? k : n - 1 - k;
      carries[d] = strides[d] - back;
      back += (extents[d] - 1) * strides[d];
    }
    return carries;
  }
}
