package dev.structview.testing;

import java.util.ArrayList;
import java.util.List;

/** The indices of an N-d shape in row-major (C) order, as CPython's {@code memoryview.tolist} walks them. */
public final class RowMajor {
  private RowMajor() {}

  /**
   * Returns every index of {@code shape}, last dimension fastest: none when a dimension is 0, one
   * (the empty index) for a 0-d shape. Each is a new array.
   */
  public static List<long[]> indices(long[] shape) {
    List<long[]> out = new ArrayList<>();
    for (long extent : shape) {
      if (extent == 0) {
        return out;
      }
    }
    long[] index = new long[shape.length];
    while (true) {
      out.add(index.clone());
      int d = shape.length - 1;
      while (d >= 0 && ++index[d] == shape[d]) {
        index[d--] = 0;
      }
      if (d < 0) {
        return out;
      }
    }
  }
}
