package dev.structview.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code tolist}: the elements of a view as nested, unmodifiable lists in row-major order. */
final class ViewLists {
  private ViewLists() {}

  /** Returns the elements of dimension {@code dim} and below, starting at byte {@code base}. */
  static List<Object> toList(ViewLayout view, int dim, long base) {
    long extent = view.shape[dim];
    if (extent > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("dimension " + (dim + 1) + " has " + extent
          + " elements, more than a Java list holds");
    }
    List<Object> out = new ArrayList<>((int) extent);
    long position = base;
    for (long i = 0; i < extent; i++, position += view.strides[dim]) {
      out.add(dim == view.ndim - 1
          ? view.codec().read(view.memory, (int) position)
          : toList(view, dim + 1, position));
    }
    return Collections.unmodifiableList(out);
  }
}
