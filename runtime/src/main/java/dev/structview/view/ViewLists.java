package dev.structview.view;

import dev.structview.internal.Strides;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code tolist}: the elements of a view as nested, unmodifiable lists in row-major order. */
final class ViewLists {
  private static final int MAX_LIST = Integer.MAX_VALUE - 8;

  private ViewLists() {}

  /**
   * Returns the elements of an N-d view as nested lists. A view can describe far more elements than
   * its memory holds (zero strides repeat one element), so the count is checked before anything is
   * built, and running out of memory while building is reported as {@code toBytes} reports it. Only
   * the dimensions that are built count: under a dimension of extent 0 there are no lists, so a
   * view of shape {@code (0, 10**12)} is {@code []}, as in CPython.
   *
   * @throws IllegalArgumentException if a dimension or the whole view has more elements than a
   *     Java list holds, or the lists do not fit the heap
   */
  static List<Object> toList(ViewLayout view) {
    // The lists built: one for the view, then one per element of each dimension but the last,
    // saturating: before an extent of 0 the dimensions' product may pass a long.
    long lists = 1;
    long prefix = 1;
    for (int d = 0; d < view.ndim; d++) {
      if (view.shape[d] > MAX_LIST) {
        throw new IllegalArgumentException("dimension " + (d + 1) + " has " + view.shape[d]
            + " elements, more than a Java list holds");
      }
      if (view.shape[d] == 0) {
        break; // nothing below this dimension is built
      }
      prefix = prefix > Long.MAX_VALUE / view.shape[d] ? Long.MAX_VALUE : prefix * view.shape[d];
      if (d < view.ndim - 1) {
        lists = lists > Long.MAX_VALUE - prefix ? Long.MAX_VALUE : lists + prefix;
      }
    }
    long count = Strides.product(view.shape); // fits: BufferInfo checked product(shape) * itemsize
    if (count > MAX_LIST) {
      throw new IllegalArgumentException("memoryview of " + count + " elements does not fit a Java list");
    }
    long heap = Runtime.getRuntime().maxMemory();
    // At least a 4-byte reference per element and some 40 bytes per list (its array, the list and
    // its unmodifiable wrapper): refuse before trying.
    if (count > heap / 4) {
      throw new IllegalArgumentException("cannot allocate a list of " + count + " elements: they need more than "
          + heap + " bytes, the maximum heap");
    }
    if (lists > heap / 40) {
      throw new IllegalArgumentException("cannot allocate the " + lists + " nested lists of " + count
          + " elements: they need more than " + heap + " bytes, the maximum heap");
    }
    try {
      return toList(view, 0, view.offset);
    } catch (OutOfMemoryError e) {
      throw new IllegalArgumentException("cannot allocate a list of " + count + " elements: " + e.getMessage());
    }
  }

  /** Returns the elements of dimension {@code dim} and below, starting at byte {@code base}. */
  private static List<Object> toList(ViewLayout view, int dim, long base) {
    long extent = view.shape[dim];
    List<Object> out = new ArrayList<>((int) extent);
    long position = base;
    for (long i = 0; i < extent; i++, position += view.strides[dim]) {
      out.add(dim == view.ndim - 1
          ? view.codec().read(view.memory, position)
          : toList(view, dim + 1, position));
    }
    return Collections.unmodifiableList(out);
  }
}
