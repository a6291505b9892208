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
   * built, and running out of memory while building is reported as {@code toBytes} reports it.
   *
   * @throws IllegalArgumentException if a dimension or the whole view has more elements than a
   *     Java list holds, or the lists do not fit the heap
   */
  static List<Object> toList(ViewLayout view) {
    for (int d = 0; d < view.ndim; d++) {
      if (view.shape[d] > MAX_LIST) {
        throw new IllegalArgumentException("dimension " + (d + 1) + " has " + view.shape[d]
            + " elements, more than a Java list holds");
      }
    }
    long count = Strides.product(view.shape); // fits: BufferInfo checked product(shape) * itemsize
    if (count > MAX_LIST) {
      throw new IllegalArgumentException("memoryview of " + count + " elements does not fit a Java list");
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (count > heap / 4) { // at least one 4-byte reference per element: refuse before trying
      throw new IllegalArgumentException("cannot allocate a list of " + count + " elements: they need more than "
          + heap + " bytes, the maximum heap");
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
