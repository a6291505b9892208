package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one index cursor: its positions are those computed from each index, in C and Fortran order. */
class IndexCursorTest {

  @Test
  void positionsMovedByCarriesEqualPositionsComputedFromTheIndex() {
    Random random = new Random(5);
    for (int trial = 0; trial < 500; trial++) {
      int ndim = 1 + random.nextInt(4);
      long[] extents = new long[ndim];
      long[] strides = new long[ndim];
      for (int d = 0; d < ndim; d++) {
        extents[d] = 1 + random.nextInt(4);
        strides[d] = random.nextInt(41) - 20; // negative, zero and overlapping strides included
      }
      for (boolean fortran : new boolean[] {false, true}) {
        assertEquals(expected(extents, strides, fortran), walked(extents, strides, fortran),
            java.util.Arrays.toString(extents) + " " + java.util.Arrays.toString(strides) + " fortran=" + fortran);
      }
    }
  }

  private static List<Long> walked(long[] extents, long[] strides, boolean fortran) {
    IndexCursor cursor = new IndexCursor(extents, fortran);
    long[] carries = cursor.carries(strides);
    List<Long> positions = new ArrayList<>();
    long p = 100;
    positions.add(p);
    for (int d = cursor.next(); d >= 0; d = cursor.next()) {
      p += carries[d];
      positions.add(p);
    }
    return positions;
  }

  /** Every index in order, each position computed from scratch. */
  private static List<Long> expected(long[] extents, long[] strides, boolean fortran) {
    int n = extents.length;
    long total = 1;
    for (long e : extents) {
      total *= e;
    }
    List<Long> positions = new ArrayList<>();
    for (long k = 0; k < total; k++) {
      long rest = k;
      long p = 100;
      for (int j = 0; j < n; j++) {
        int d = fortran ? j : n - 1 - j;
        p += (rest % extents[d]) * strides[d];
        rest /= extents[d];
      }
      positions.add(p);
    }
    return positions;
  }
}
