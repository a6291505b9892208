package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.testing.Gen;
import dev.structview.testing.Property;
import dev.structview.testing.RowMajor;
import dev.structview.testing.StridedExtent;
import dev.structview.view.RecordArray;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated {@code Cursor} (its own {@code next()} and {@code forEachRemaining}, which step a
 * counter by the record size) visits every record once, in row-major order, where {@code get}
 * places it: over N-d arrays with strides of the record size, its negative, and any other stride
 * (each an unchecked path of its own), and counting in blocks as it does past 2^31 records, where
 * the last record of each block takes the checked path. Every path stops when the array is closed.
 * Each walk runs over each kind of memory a record array reads through a store class of its own:
 * an array from index 0, a direct buffer, a read-only buffer, a buffer from inside its array; and
 * {@code forEach} and streams take the cursor class of that store's class, iterators always
 * {@code Cursor} ({@code RecordType.cursor(ByteStore)}).
 */
class GeneratedCursorTest {
  private static final int SIZE = 7;

  private static Class<?> view;
  private static Method array;
  private static Method recordOffset;
  private static Method blocks;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    Compiled compiled = Compiled.compile(MappedViewsTest.TICK);
    view = compiled.loadClass("test.TickView");
    array = view.getMethod("array", BufferExporter.class);
    recordOffset = view.getMethod("recordOffset");
    blocks = RecordArray.class.getDeclaredMethod("cursor", int.class);
    blocks.setAccessible(true);
  }

  /** The memory a layout's bytes are in, with the cursor class its streams and forEach take. */
  enum Kind {
    ARRAY("HeapCursor"), DIRECT("DirectCursor"), READ_ONLY("DirectCursor"), REGION("RegionCursor");

    final String cursor;

    Kind(String cursor) {
      this.cursor = cursor;
    }

    ByteBuffer bytes(int memory) {
      switch (this) {
        case ARRAY:
          return ByteBuffer.wrap(new byte[memory]);
        case DIRECT:
          return ByteBuffer.allocateDirect(memory);
        case READ_ONLY:
          return ByteBuffer.wrap(new byte[memory]).asReadOnlyBuffer();
        default:
          return ByteBuffer.wrap(new byte[memory + 5], 5, memory).slice();
      }
    }
  }

  /** An N-d array of 7-byte records over {@code memory} bytes of a kind, exported as CPython's ndarray would. */
  private record Layout(long offset, long[] shape, long[] strides, int memory, Kind kind) {
    Layout(long offset, long[] shape, long[] strides, int memory) {
      this(offset, shape, strides, memory, Kind.ARRAY);
    }

    Layout in(Kind other) {
      return new Layout(offset, shape, strides, memory, other);
    }

    RecordArray<?> array() throws ReflectiveOperationException {
      long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
      ByteBuffer bytes = kind.bytes(memory);
      BufferExporter exporter = flags -> new BufferInfo(bytes, offset, count * SIZE, kind == Kind.READ_ONLY, SIZE,
          "<IhB", shape.length, shape, strides, null, null);
      return (RecordArray<?>) array.invoke(null, exporter);
    }

    @Override
    public String toString() {
      return "Layout[offset=" + offset + ", shape=" + Arrays.toString(shape) + ", strides="
          + Arrays.toString(strides) + ", " + kind + "]";
    }
  }

  private static int offset(Object record) {
    try {
      return (int) recordOffset.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Every record's offset by {@code get}, in row-major order. */
  private static List<Integer> byIndex(RecordArray<?> records) {
    List<Integer> out = new ArrayList<>();
    for (long[] index : RowMajor.indices(records.shape())) {
      out.add(offset(records.get(index)));
    }
    return out;
  }

  private static void splitAll(Spliterator<?> s, List<Integer> out) {
    Spliterator<?> first = s.trySplit();
    if (first == null) {
      s.forEachRemaining(r -> out.add(offset(r)));
      return;
    }
    splitAll(first, out);
    splitAll(s, out);
  }

  @SuppressWarnings("unchecked")
  private static <V> Iterator<V> cursor(RecordArray<V> records, int block) throws ReflectiveOperationException {
    return (Iterator<V>) blocks.invoke(records, block);
  }

  /**
   * Iterations of one array share its first run until each moves past it: two at once, one at
   * half the other's pace, and a third after both, each visit every record, so neither moved the
   * run the others read.
   */
  private static void assertInterleavedIterationsAgree(Iterable<?> records, List<Integer> expected, String label) {
    List<Integer> fast = new ArrayList<>();
    List<Integer> slow = new ArrayList<>();
    Iterator<?> a = records.iterator();
    Iterator<?> b = records.iterator();
    while (a.hasNext()) {
      fast.add(offset(a.next()));
      if (fast.size() % 2 == 0) {
        slow.add(offset(b.next()));
      }
    }
    b.forEachRemaining(r -> slow.add(offset(r)));
    assertEquals(expected, fast, "the faster of two iterations at once over " + label);
    assertEquals(expected, slow, "the slower of two iterations at once over " + label);
    List<Integer> after = new ArrayList<>();
    records.forEach(r -> after.add(offset(r)));
    assertEquals(expected, after, "an iteration after two others over " + label);
  }

  private static void assertEveryWalkAgreesInEveryKind(Layout layout) throws ReflectiveOperationException {
    for (Kind kind : Kind.values()) {
      assertEveryWalkAgrees(layout.in(kind));
    }
  }

  private static void assertEveryWalkAgrees(Layout layout) throws ReflectiveOperationException {
    try (RecordArray<?> records = layout.array()) {
      assertEquals(layout.kind.cursor, records.spliterator().getClass().getSimpleName(), "the cursor of " + layout);
      assertEquals("Cursor", records.iterator().getClass().getSimpleName(), "the iterator of " + layout);
      List<Integer> expected = byIndex(records);
      List<Integer> loop = new ArrayList<>();
      for (Object r : records) {
        loop.add(offset(r));
      }
      assertEquals(expected, loop, "for-each over " + layout);
      assertInterleavedIterationsAgree(records, expected, layout.toString());
      List<Integer> each = new ArrayList<>();
      records.forEach(r -> each.add(offset(r)));
      assertEquals(expected, each, "forEach over " + layout);
      assertEquals(expected, records.stream().map(GeneratedCursorTest::offset).collect(Collectors.toList()),
          "stream over " + layout);
      assertEquals(expected, records.stream().parallel().map(GeneratedCursorTest::offset)
          .collect(Collectors.toList()), "parallel stream over " + layout);
      List<Integer> split = new ArrayList<>();
      splitAll(records.spliterator(), split);
      assertEquals(expected, split, "splits of " + layout);
      for (int block : new int[] {1, 2, 3, 4, 7}) {
        String where = " in blocks of " + block + " over " + layout;
        List<Integer> blockLoop = new ArrayList<>();
        Iterator<?> it = cursor(records, block);
        while (it.hasNext()) {
          blockLoop.add(offset(it.next()));
        }
        assertEquals(expected, blockLoop, "next" + where);
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        List<Integer> blockEach = new ArrayList<>();
        Consumer<Object> add = r -> blockEach.add(offset(r));
        cursor(records, block).forEachRemaining(add);
        assertEquals(expected, blockEach, "forEachRemaining" + where);
        List<Integer> mixed = new ArrayList<>();
        Iterator<?> some = cursor(records, block);
        for (int k = 0; k < expected.size() / 2; k++) {
          mixed.add(offset(some.next()));
        }
        some.forEachRemaining(r -> mixed.add(offset(r)));
        assertEquals(expected, mixed, "next, then forEachRemaining" + where);
      }
    }
  }

  @Test
  void contiguousStridedAndReversedArraysIterateAsGetPlaces() throws ReflectiveOperationException {
    List<Layout> layouts = List.of(
        new Layout(0, new long[] {9}, new long[] {SIZE}, 63),
        new Layout(3, new long[] {9}, new long[] {SIZE}, 70),
        new Layout(56, new long[] {9}, new long[] {-SIZE}, 63),
        new Layout(0, new long[] {5}, new long[] {10}, 50),
        new Layout(0, new long[] {3, 4}, new long[] {28, SIZE}, 84),
        new Layout(0, new long[] {3, 4}, new long[] {SIZE, 21}, 84),
        new Layout(49, new long[] {2, 3, 2}, new long[] {-42, 14, -SIZE}, 84),
        new Layout(0, new long[] {4, 3}, new long[] {0, SIZE}, 21),
        new Layout(0, new long[] {0, 3}, new long[] {21, SIZE}, 21),
        new Layout(0, new long[] {1}, new long[] {SIZE}, SIZE));
    for (Layout l : layouts) {
      assertEveryWalkAgreesInEveryKind(l);
    }
  }

  /**
   * A cursor started on an array that is then closed stops at its next record, whichever unchecked
   * path its run takes: contiguous, reversed or strided; by {@code next()} and by
   * {@code forEachRemaining}.
   */
  @Test
  void aClosedArrayStopsACursorOnEveryPath() throws ReflectiveOperationException {
    List<Layout> layouts = List.of(
        new Layout(0, new long[] {9}, new long[] {SIZE}, 63),
        new Layout(56, new long[] {9}, new long[] {-SIZE}, 63),
        new Layout(0, new long[] {5}, new long[] {10}, 50));
    for (Layout l : layouts.stream().flatMap(l -> Arrays.stream(Kind.values()).map(l::in)).toList()) {
      RecordArray<?> records = l.array();
      Iterator<?> started = records.iterator();
      Iterator<?> each = records.iterator();
      Spliterator<?> typed = records.spliterator();
      started.next();
      each.next();
      typed.tryAdvance(r -> { });
      records.close();
      assertThrows(IllegalStateException.class, () -> typed.forEachRemaining(r -> { }),
          "the " + typed.getClass().getSimpleName() + "'s forEachRemaining over " + l);
      IllegalStateException e = assertThrows(IllegalStateException.class, started::next, "next() over " + l);
      assertEquals("operation forbidden on released memoryview object", e.getMessage());
      assertThrows(IllegalStateException.class, () -> each.forEachRemaining(r -> { }), "forEachRemaining over " + l);
    }
  }

  /** A record of no bytes ({@code @BufferFormat("")}) over padded or repeated items. */
  static final JavaFileObject EMPTY = JavaFileObjects.forSourceString("test.Marker", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("")
      public interface Marker {
      }
      """);

  /**
   * Records of no bytes are counted one by one, never by their size: every walk of them ends,
   * repeated (stride 0), padded or empty, and each view sits where {@code get} puts it.
   */
  @Test
  @Timeout(10)
  void recordsOfNoBytesAreEachVisitedOnce() throws ReflectiveOperationException {
    Class<?> marker = Compiled.compile(EMPTY).loadClass("test.MarkerView");
    Method over = marker.getMethod("array", BufferExporter.class);
    Method where = marker.getMethod("recordOffset");
    for (long[] layout : new long[][] {{5, 0, 3}, {4, 3, 3}, {0, 3, 3}, {3, 0, 1}}) {
      long n = layout[0];
      long stride = layout[1];
      long itemsize = layout[2];
      ByteBuffer bytes = ByteBuffer.wrap(new byte[(int) Math.max(itemsize, n * stride + itemsize)]);
      BufferExporter exporter = flags -> new BufferInfo(bytes, 0, n * itemsize, true, itemsize, itemsize + "x", 1,
          new long[] {n}, new long[] {stride}, null, null);
      try (RecordArray<?> records = (RecordArray<?>) over.invoke(null, exporter)) {
        List<Object> expected = new ArrayList<>();
        for (long i = 0; i < n; i++) {
          expected.add(where.invoke(records.get(i)));
        }
        List<Object> loop = new ArrayList<>();
        for (Object r : records) {
          loop.add(where.invoke(r));
        }
        assertEquals(expected, loop, "for-each over " + Arrays.toString(layout));
        List<Object> each = new ArrayList<>();
        records.forEach(r -> {
          try {
            each.add(where.invoke(r));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        });
        assertEquals(expected, each, "forEach over " + Arrays.toString(layout));
        assertEquals(n, records.stream().count(), "stream over " + Arrays.toString(layout));
      }
    }
  }

  @Test
  void randomLayoutsIterateAsGetPlaces() {
    Property.forAll(layouts()).budget(300, 60_000).check(GeneratedCursorTest::assertEveryWalkAgrees);
  }

  /** One to three dimensions, extents 0 to 5, strides of the record size or padded, reversed or 0. */
  private static Gen<Layout> layouts() {
    return s -> {
      int ndim = s.between(1, 3);
      long[] shape = new long[ndim];
      long[] strides = new long[ndim];
      long step = SIZE + (s.oneIn(3) ? s.between(1, 3) : 0);
      for (int d = ndim - 1; d >= 0; d--) {
        shape[d] = s.oneIn(10) ? 0 : s.between(1, 5);
        strides[d] = s.oneIn(8) ? 0 : s.oneIn(3) ? -step : step;
        step *= Math.max(1, shape[d]);
      }
      StridedExtent extent = StridedExtent.of(SIZE, shape, strides);
      long offset = -extent.low() + s.between(0, 3);
      Kind kind = Kind.values()[s.between(0, Kind.values().length - 1)];
      return new Layout(offset, shape, strides, (int) (offset + extent.high() + s.between(0, 3)), kind);
    };
  }
}
