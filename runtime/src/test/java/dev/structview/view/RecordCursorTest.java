package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.testing.Gen;
import dev.structview.testing.Property;
import dev.structview.testing.RowMajor;
import dev.structview.testing.Source;
import dev.structview.testing.StridedExtent;
import dev.structview.view.StructRecords.Rec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The record cursor ({@link RecordArray#iterator}, {@code spliterator}, {@code stream},
 * {@code forEach}) visits every record once, in row-major order, where {@code get} places it: over
 * arrays of one to four dimensions with any strides (negative, zero, padded, permuted), slices with
 * any steps, empty arrays, and every split a parallel stream may make.
 */
class RecordCursorTest {
  /** An N-d array of records of {@code size} bytes over {@code memory}, exported as CPython's ndarray would. */
  private record Layout(int size, long offset, long[] shape, long[] strides, int memory) {
    RecordArray<Rec> array() {
      long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
      String format = size + "s";
      ByteBuffer bytes = ByteBuffer.wrap(new byte[memory]);
      BufferExporter exporter = flags -> new BufferInfo(bytes, offset, count * size, true, size, format, shape.length,
          shape, strides, null, null);
      return RecordArray.over(new StructRecords(format), exporter);
    }

    @Override
    public String toString() {
      return "Layout[size=" + size + ", offset=" + offset + ", shape=" + Arrays.toString(shape) + ", strides="
          + Arrays.toString(strides) + ", memory=" + memory + "]";
    }
  }

  /** A layout and the slices to take of it. */
  private record Case(Layout layout, List<Slice> slices) {}

  /** Where each record a walk visits starts: the cursor's and {@code get}'s must agree. */
  private static List<Long> positions(Iterable<Rec> records) {
    List<Long> out = new ArrayList<>();
    records.forEach(r -> out.add(r.position));
    return out;
  }

  /** Every record's position by {@code get}, in row-major order. */
  private static List<Long> byIndex(RecordArray<Rec> records) {
    List<Long> out = new ArrayList<>();
    for (long[] index : RowMajor.indices(records.shape())) {
      out.add(records.get(index).position);
    }
    return out;
  }

  private static void splitAll(Spliterator<Rec> s, List<Long> out) {
    long before = s.estimateSize();
    Spliterator<Rec> first = s.trySplit();
    if (first == null) {
      s.forEachRemaining(r -> out.add(r.position));
      return;
    }
    assertEquals(before, first.estimateSize() + s.estimateSize(), "a split keeps every record");
    splitAll(first, out);
    splitAll(s, out);
  }

  /**
   * Iterations of one array share its first run until each moves past it: two at once, one at
   * half the other's pace, and a third after both, each visit every record, so neither moved the
   * run the others read.
   */
  private static void assertInterleavedIterationsAgree(RecordArray<Rec> records, List<Long> expected, String label) {
    List<Long> fast = new ArrayList<>();
    List<Long> slow = new ArrayList<>();
    Iterator<Rec> a = records.iterator();
    Spliterator<Rec> b = records.spliterator();
    while (a.hasNext()) {
      fast.add(a.next().position);
      if (fast.size() % 2 == 0) {
        assertTrue(b.tryAdvance(r -> slow.add(r.position)));
      }
    }
    splitAll(b, slow);
    assertEquals(expected, fast, "the faster of two iterations at once over " + label);
    assertEquals(expected, slow, "the slower of two iterations at once, then split, over " + label);
    assertEquals(expected, positions(records), "an iteration after two others over " + label);
  }

  /** For-each, forEach, stream, parallel stream, recursive splits and a half-used iterator agree with get. */
  private static void assertEveryWalkAgrees(RecordArray<Rec> records) {
    List<Long> expected = byIndex(records);
    String label = records.toString() + " strides " + Arrays.toString(records.strides());
    List<Long> loop = new ArrayList<>();
    for (Rec r : records) {
      loop.add(r.position);
    }
    assertEquals(expected, loop, "for-each over " + label);
    assertInterleavedIterationsAgree(records, expected, label);
    assertEquals(expected, positions(records), "forEach over " + label);
    assertEquals(expected, records.stream().map(r -> r.position).collect(Collectors.toList()), "stream over " + label);
    assertEquals(expected, records.stream().parallel().map(r -> r.position).collect(Collectors.toList()),
        "parallel stream over " + label);
    assertEquals(expected.stream().mapToLong(Long::longValue).sum(),
        records.stream().parallel().mapToLong(r -> r.position).sum(), "parallel sum over " + label);
    List<Long> split = new ArrayList<>();
    splitAll(records.spliterator(), split);
    assertEquals(expected, split, "recursive splits of " + label);
    List<Long> advanced = new ArrayList<>();
    Spliterator<Rec> one = records.spliterator();
    while (one.tryAdvance(r -> advanced.add(r.position))) {
      assertEquals(expected.size() - advanced.size(), one.estimateSize());
    }
    assertEquals(expected, advanced, "tryAdvance to the end of " + label);
    // Short-circuiting streams advance one record at a time: tryAdvance, across rows.
    assertEquals(expected.stream().skip(expected.size() / 2).findFirst(),
        records.stream().skip(expected.size() / 2).findFirst().map(r -> r.position), "findFirst over " + label);
    long most = Math.max(0, expected.size() - 1);
    assertEquals(expected.stream().limit(most).collect(Collectors.toList()),
        records.stream().map(r -> r.position).limit(most).collect(Collectors.toList()), "limit over " + label);
    Spliterator<Rec> spliterator = records.spliterator();
    assertEquals(expected.size(), spliterator.estimateSize());
    assertEquals(expected.size(), spliterator.getExactSizeIfKnown());
    assertTrue(spliterator.hasCharacteristics(Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL));
    // Part of the way by tryAdvance, then a split of what is left, then the rest.
    List<Long> mixed = new ArrayList<>();
    for (int k = 0; k < expected.size() / 3; k++) {
      assertTrue(spliterator.tryAdvance(r -> mixed.add(r.position)));
    }
    splitAll(spliterator, mixed);
    assertEquals(expected, mixed, "tryAdvance, then splits, over " + label);
    Iterator<Rec> it = records.iterator();
    for (int k = 0; k < expected.size(); k++) {
      assertTrue(it.hasNext());
      it.next();
    }
    assertFalse(it.hasNext());
    NoSuchElementException e = assertThrows(NoSuchElementException.class, it::next);
    assertEquals("no more records", e.getMessage());
    for (int block : new int[] {1, 2, 3, 5}) {
      assertBlocksAgree(records, block, expected, label);
    }
  }

  /**
   * A cursor that counts in blocks of {@code block} records, as one over more than 2^31 records
   * does, visits what {@code get} places, by every way a cursor is walked.
   */
  private static void assertBlocksAgree(RecordArray<Rec> records, int block, List<Long> expected, String label) {
    String where = " in blocks of " + block + " over " + label;
    List<Long> loop = new ArrayList<>();
    for (Iterator<Rec> it = records.cursor(block); it.hasNext(); ) {
      loop.add(it.next().position);
    }
    assertEquals(expected, loop, "hasNext/next" + where);
    List<Long> each = new ArrayList<>();
    records.cursor(block).forEachRemaining(r -> each.add(r.position));
    assertEquals(expected, each, "forEachRemaining" + where);
    List<Long> advanced = new ArrayList<>();
    RecordCursor<Rec> one = records.cursor(block);
    while (one.tryAdvance(r -> advanced.add(r.position))) {
      assertEquals(expected.size() - advanced.size(), one.estimateSize(), "estimateSize" + where);
    }
    assertEquals(expected, advanced, "tryAdvance" + where);
    assertThrows(NoSuchElementException.class, one::next);
    List<Long> split = new ArrayList<>();
    splitAll(records.cursor(block), split);
    assertEquals(expected, split, "recursive splits" + where);
    List<Long> mixed = new ArrayList<>();
    RecordCursor<Rec> some = records.cursor(block);
    for (int k = 0; k < expected.size() / 2; k++) {
      mixed.add(some.next().position);
    }
    splitAll(some, mixed);
    assertEquals(expected, mixed, "next, then splits" + where);
  }

  @Test
  void oneTwoAndThreeDimensionsWithSlicesOfEveryStepIterateAsGetPlaces() {
    Layout line = new Layout(7, 0, new long[] {9}, new long[] {7}, 63);
    Layout grid = new Layout(5, 0, new long[] {3, 4}, new long[] {20, 5}, 60);
    Layout fortran = new Layout(3, 0, new long[] {3, 4}, new long[] {3, 9}, 36);
    Layout cube = new Layout(4, 44, new long[] {2, 3, 4}, new long[] {48, -16, -4}, 96);
    for (Layout l : List.of(line, grid, fortran, cube)) {
      try (RecordArray<Rec> records = l.array()) {
        assertEveryWalkAgrees(records);
        for (Slice s : List.of(Slice.of(null, null, -1L), Slice.of(1L, null, 2L), Slice.of(-1L, 0L, -2L),
            Slice.of(null, null, 3L), Slice.of(2L, 1L))) {
          try (RecordArray<Rec> slice = records.slice(s)) {
            assertEveryWalkAgrees(slice);
          }
          if (l.shape.length > 1) {
            try (RecordArray<Rec> both = records.slice(Slice.of(null, null, -1L), s)) {
              assertEveryWalkAgrees(both);
            }
          }
        }
      }
    }
  }

  @Test
  void emptyArraysInAnyDimensionIterateNothing() {
    for (long[] shape : new long[][] {{0}, {0, 3}, {3, 0}, {2, 0, 4}}) {
      long[] strides = new long[shape.length];
      Arrays.fill(strides, 6);
      try (RecordArray<Rec> records = new Layout(6, 0, shape, strides, 6).array()) {
        assertEquals(0, records.size());
        assertEveryWalkAgrees(records);
        assertNull(records.spliterator().trySplit());
        assertEquals(0, records.spliterator().estimateSize());
        assertFalse(records.spliterator().tryAdvance(r -> { }));
      }
    }
  }

  @Test
  void zeroStridesRepeatARecordAsGetDoes() {
    // A row broadcast to 4 rows, and one record broadcast to a whole 1-D array: numpy's broadcast_to.
    for (Layout l : List.of(new Layout(7, 0, new long[] {4, 3}, new long[] {0, 7}, 21),
        new Layout(7, 7, new long[] {5}, new long[] {0}, 21), new Layout(2, 4, new long[] {3, 2, 2}, new long[] {0, -4, 0}, 8))) {
      try (RecordArray<Rec> records = l.array()) {
        assertEveryWalkAgrees(records);
        try (RecordArray<Rec> slice = records.slice(Slice.of(null, null, -2L))) {
          assertEveryWalkAgrees(slice);
        }
      }
    }
  }

  /**
   * Records of no bytes, over padded items repeated or in a row, are counted one by one (never by
   * their size of 0, which would not move): every walk of them ends, in blocks too.
   */
  @Test
  @Timeout(10)
  void recordsOfNoBytesAreEachVisitedOnce() {
    StructRecords empty = new StructRecords("");
    for (long stride : new long[] {0, 3}) {
      ByteBuffer bytes = ByteBuffer.wrap(new byte[16]);
      BufferExporter exporter = flags -> new BufferInfo(bytes, 0, 12, true, 3, "3x", 1, new long[] {4},
          new long[] {stride}, null, null);
      try (RecordArray<Rec> records = RecordArray.over(empty, exporter)) {
        List<Long> expected = byIndex(records);
        assertEquals(4, expected.size());
        List<Long> loop = new ArrayList<>();
        for (Rec r : records) {
          loop.add(r.position);
        }
        assertEquals(expected, loop, "stride " + stride);
        assertEquals(expected, positions(records), "stride " + stride);
        for (int block : new int[] {1, 3}) {
          assertBlocksAgree(records, block, expected, "records of no bytes, stride " + stride);
        }
      }
    }
  }

  @Test
  void buffersThatStartInsideTheirArrayIterateTheirOwnRecords() {
    byte[] whole = new byte[3 + 4 * 7];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = (byte) i;
    }
    StructRecords type = new StructRecords("7s");
    for (ByteBuffer buffer : List.of(ByteBuffer.wrap(whole, 3, 28).slice(), ByteBuffer.wrap(whole, 3, 28).slice().asReadOnlyBuffer(),
        ByteBuffer.allocateDirect(31).put(whole).position(3))) {
      try (RecordArray<Rec> records = RecordArray.over(type, buffer)) {
        List<Object> firstBytes = new ArrayList<>();
        records.forEach(r -> firstBytes.add(((byte[]) r.values().get(0))[0]));
        assertEquals(List.of((byte) 3, (byte) 10, (byte) 17, (byte) 24), firstBytes, buffer.toString());
        assertEquals(firstBytes, records.stream().parallel().map(r -> ((byte[]) r.values().get(0))[0])
            .collect(Collectors.toList()));
      }
    }
  }

  @Test
  void aClosedArrayRefusesToIterateAndAStartedCursorStops() {
    RecordArray<Rec> records = new Layout(7, 0, new long[] {3}, new long[] {7}, 21).array();
    Iterator<Rec> started = records.iterator();
    Spliterator<Rec> spliterator = records.spliterator();
    started.next();
    records.close();
    assertThrows(IllegalStateException.class, records::iterator);
    assertThrows(IllegalStateException.class, records::stream);
    assertThrows(IllegalStateException.class, () -> records.forEach(r -> { }));
    IllegalStateException e = assertThrows(IllegalStateException.class, started::next);
    assertEquals("operation forbidden on released memoryview object", e.getMessage());
    assertThrows(IllegalStateException.class, () -> spliterator.tryAdvance(r -> { }));
    assertThrows(IllegalArgumentException.class, () -> RecordArray.over(new StructRecords("7s"), new byte[7]).forEach(null));
  }

  @Test
  void randomLayoutsAndSlicesIterateAsGetPlaces() {
    Property.forAll(cases()).budget(2_000, 200_000).check(c -> {
      try (RecordArray<Rec> records = c.layout().array();
          RecordArray<Rec> slice = records.slice(c.slices().toArray(new Slice[0]))) {
        assertEveryWalkAgrees(slice);
      }
    });
  }

  /** Layouts of one to four dimensions, extents 0 to 5, strides permuted, padded, reversed or 0; then slices. */
  private static Gen<Case> cases() {
    return s -> {
      int size = s.between(1, 9);
      int ndim = s.between(1, 4);
      long[] shape = new long[ndim];
      for (int d = 0; d < ndim; d++) {
        shape[d] = s.oneIn(8) ? 0 : s.between(1, 5);
      }
      long[] strides = strides(s, size, shape);
      StridedExtent extent = StridedExtent.of(size, shape, strides);
      long offset = -extent.low() + s.between(0, 3);
      int memory = (int) (offset + extent.high() + s.between(0, 3));
      List<Slice> slices = new ArrayList<>();
      for (int d = 0, n = s.between(0, ndim); d < n; d++) {
        slices.add(slice(s));
      }
      return new Case(new Layout(size, offset, shape, strides, memory), slices);
    };
  }

  /** C order over a random permutation of the dimensions, with padding, some reversed, now and then a 0. */
  private static long[] strides(Source s, int size, long[] shape) {
    int ndim = shape.length;
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < ndim; d++) {
      order.add(d);
    }
    java.util.Collections.shuffle(order, s.random());
    long[] strides = new long[ndim];
    long step = size + (s.oneIn(3) ? s.between(1, 3) : 0);
    for (int k = ndim - 1; k >= 0; k--) {
      int d = order.get(k);
      strides[d] = s.oneIn(8) ? 0 : s.oneIn(3) ? -step : step;
      step *= Math.max(1, shape[d]) + (s.oneIn(4) ? 1 : 0);
    }
    return strides;
  }

  private static Slice slice(Source s) {
    Long start = s.oneIn(3) ? null : (long) s.between(-6, 6);
    Long stop = s.oneIn(3) ? null : (long) s.between(-6, 6);
    Long step = s.oneIn(3) ? null : (long) (s.between(1, 3) * (s.oneIn(2) ? -1 : 1));
    return Slice.of(start, stop, step);
  }
}
