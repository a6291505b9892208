package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.format.Struct;
import dev.structview.memory.ByteStore;
import dev.structview.view.RecordType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RecordArray with a hand-written record type standing in for generated code. */
class RecordArrayTest {
  private static final Struct TICK = Struct.of("<IhB");

  /** A minimal "generated" view: where it is, and its first field. */
  static final class Tick {
    ByteStore store;
    long position;

    long id() {
      return store.getInt(position, false) & 0xFFFF_FFFFL;
    }
  }

  static final class TickType implements RecordType<Tick> {
    private final boolean writable;

    TickType(boolean writable) {
      this.writable = writable;
    }

    @Override
    public String format() {
      return "<IhB";
    }

    @Override
    public int size() {
      return 7;
    }

    @Override
    public boolean writable() {
      return writable;
    }

    @Override
    public Tick move(Tick view, ByteStore store, long position) {
      Tick t = view == null ? new Tick() : view;
      t.store = store;
      t.position = position;
      return t;
    }
  }

  static final TickType READ = new TickType(false);
  static final TickType WRITE = new TickType(true);

  private static byte[] ticks(long... ids) {
    byte[] data = new byte[ids.length * 7];
    for (int i = 0; i < ids.length; i++) {
      TICK.packInto(data, i * 7L, ids[i], 0, 0);
    }
    return data;
  }

  private static List<Long> ids(Iterable<Tick> records) {
    List<Long> out = new ArrayList<>();
    records.forEach(t -> out.add(t.id()));
    return out;
  }

  @Test
  void overAnArrayIteratesIndexesAndSlicesZeroCopy() {
    byte[] data = ticks(10, 20, 30, 40);
    RecordArray<Tick> array = RecordArray.over(READ, data);
    assertEquals(4, array.length());
    assertEquals(List.of(10L, 20L, 30L, 40L), ids(array));
    assertEquals(40, array.get(-1).id());
    assertEquals(List.of(40L, 20L), ids(array.slice(Slice.of(null, null, -2L))));
    assertArrayEquals(new long[] {-14}, array.slice(Slice.of(null, null, -2L)).strides());
    TICK.packInto(data, 7, 99L, 0, 0);
    assertEquals(99, array.get(1).id()); // zero-copy: the array sees later writes
    Tick cursor = array.moveTo(null, 0);
    assertSame(cursor, array.moveTo(cursor, 2));
    assertEquals(30, cursor.id());
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(4));
    assertThrows(IllegalArgumentException.class, () -> array.get(0, 0));
  }

  /**
   * moveTo(reuse, i) places what get(i) places, for every index in and around range and past an
   * int, over packed arrays (its fast path: from a byte[] offset, a direct buffer's position) and
   * the rest (steps, reversed), and refuses what get refuses, also once the array is closed.
   */
  @Test
  void moveToByIndexPlacesWhatGetPlacesOnEveryKindOfArray() {
    byte[] data = ticks(10, 20, 30, 40, 50, 60);
    RecordArray<Tick> packed = RecordArray.over(READ, data, 7, 4);
    RecordArray<Tick> direct = RecordArray.over(READ, ByteBuffer.allocateDirect(42).put(data).position(14));
    for (RecordArray<Tick> array : List.of(packed, direct, packed.slice(Slice.of(null, null, 2L)),
        packed.slice(Slice.of(null, null, -1L)), RecordArray.over(READ, data).slice(Slice.of(1L, 5L)))) {
      long n = array.length();
      Tick reused = array.get(0);
      for (long i = -n - 2; i < n + 2; i++) {
        long index = i;
        if (i < -n || i >= n) {
          assertThrows(IndexOutOfBoundsException.class, () -> array.moveTo(null, index), array + " " + i);
          IndexOutOfBoundsException general =
              assertThrows(IndexOutOfBoundsException.class, () -> array.get(new long[] {index}), array + " " + i);
          IndexOutOfBoundsException one =
              assertThrows(IndexOutOfBoundsException.class, () -> array.get(index), array + " " + i);
          assertEquals(general.getMessage(), one.getMessage());
        } else {
          long id = array.get(new long[] {i}).id(); // get(long...)'s general path
          assertEquals(id, array.get(i).id(), array + " " + i);
          assertEquals(id, array.moveTo(null, i).id(), array + " " + i);
          assertSame(reused, array.moveTo(reused, i));
          assertEquals(id, reused.id(), array + " " + i);
        }
      }
      for (long far : new long[] {1L << 32, (1L << 32) + 1, -(1L << 32), Long.MAX_VALUE, Long.MIN_VALUE}) {
        assertThrows(IndexOutOfBoundsException.class, () -> array.moveTo(null, far), array + " " + far);
      }
      array.close();
      assertThrows(IllegalStateException.class, () -> array.moveTo(null, 0));
    }
  }

  @Test
  void partialArraysAndBuffersUseTheirRange() {
    byte[] data = ticks(1, 2, 3, 4, 5);
    assertEquals(List.of(2L, 3L), ids(RecordArray.over(READ, data, 7, 2)));
    assertThrows(IndexOutOfBoundsException.class, () -> RecordArray.over(READ, data, 30, 1));
    ByteBuffer buffer = ByteBuffer.wrap(data, 14, 21);
    assertEquals(List.of(3L, 4L, 5L), ids(RecordArray.over(READ, buffer.asReadOnlyBuffer())));
    assertEquals(List.of(3L, 4L, 5L), ids(RecordArray.over(READ, ByteBuffer.allocateDirect(21).put(buffer).flip())));
    // Records with setters are placed on read-only memory too; their writes refuse (generated views test that).
    assertTrue(RecordArray.over(WRITE, ByteBuffer.wrap(data).asReadOnlyBuffer()).readonly());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordArray.over(READ, new byte[8]));
    assertEquals("a buffer of 8 bytes is not a whole number of 7-byte records", e.getMessage());
  }

  @Test
  void exportsShowTheRecordFormatAndShape() {
    RecordArray<Tick> array = RecordArray.over(READ, ticks(1, 2, 3));
    try (MemoryView view = MemoryView.of(array)) {
      assertEquals("<IhB", view.format());
      assertEquals(7, view.itemsize());
      assertArrayEquals(new long[] {3}, view.shape());
      assertEquals(List.of(List.of(1L, (short) 0, 0), List.of(2L, (short) 0, 0), List.of(3L, (short) 0, 0)),
          view.toList()); // records as lists: a struct-format item, beyond CPython
      BufferException e = assertThrows(BufferException.class, array::close);
      assertEquals("memoryview has 1 exported buffer", e.getMessage());
    }
    array.close();
    assertThrows(IllegalStateException.class, array::length);
  }

  @Test
  void aZeroDimensionalArrayIteratesItsOneRecord() {
    // RecordArray iterates every record in row-major order, as NumPy's flat iterator does, which
    // gives a 0-d array's one element; size() counts it. Walk.of read strides[-1] before.
    byte[] data = ticks(9, 8);
    BufferExporter scalar = flags -> new BufferInfo(ByteBuffer.wrap(data), 7, 7, false, 7, "<IhB", 0, new long[0],
        new long[0], null, data);
    RecordArray<Tick> array = RecordArray.over(READ, scalar);
    assertEquals(1, array.size());
    assertEquals(8, array.get().id());
    assertEquals(List.of(8L), ids(array));
    assertEquals(1, array.stream().count());
    assertEquals(8, array.stream().parallel().mapToLong(Tick::id).sum());
    List<Long> seen = new ArrayList<>();
    array.forEach(t -> seen.add(t.id()));
    assertEquals(List.of(8L), seen);
    assertEquals(1, array.spliterator().estimateSize());
    assertNull(array.spliterator().trySplit());
  }

  @Test
  void anExportBelongsToTheArray() {
    // CPython's memoryview(exporter).obj is the exporter: here the array, not the view inside it,
    // which a consumer could otherwise release under the array.
    RecordArray<Tick> array = RecordArray.over(READ, ticks(1, 2));
    try (MemoryView view = MemoryView.of(array); MemoryView again = MemoryView.of(view)) {
      assertSame(array, view.obj());
      assertSame(array, again.obj());
    }
    BufferInfo info = array.getBuffer(BufferFlags.FULL_RO);
    assertSame(array, info.owner());
    try (MemoryView other = MemoryView.of(ticks(3))) {
      BufferInfo foreign = other.getBuffer(BufferFlags.FULL_RO);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> array.releaseBuffer(foreign));
      assertEquals("releaseBuffer of a buffer this array did not export", e.getMessage());
      other.releaseBuffer(foreign);
    }
    array.releaseBuffer(info);
    assertThrows(IllegalStateException.class, () -> array.releaseBuffer(info));
    array.close();
    assertThrows(IllegalStateException.class, array::length);
  }

  @Test
  void overAViewCastsBytesOrKeepsARecordLayout() {
    byte[] data = ticks(1, 2, 3, 4, 5, 6);
    try (MemoryView bytes = MemoryView.of(data); RecordArray<Tick> records = RecordArray.over(READ, bytes)) {
      assertEquals(6, records.length());
      BufferException exported = assertThrows(BufferException.class, bytes::release);
      assertEquals("memoryview has 1 exported buffer", exported.getMessage());
      RecordArray<Tick> grid = RecordArray.over(READ, gridExporter(data));
      assertArrayEquals(new long[] {2, 3}, grid.shape());
      assertEquals(6, grid.get(1, 2).id());
      Tick cursor = grid.moveTo(null, 0, 1);
      assertEquals(2, cursor.id());
      assertSame(cursor, grid.moveTo(cursor, -1, -1));
      assertEquals(6, cursor.id());
      assertThrows(IndexOutOfBoundsException.class, () -> grid.moveTo(null, 2, 0));
      assertThrows(IllegalArgumentException.class, () -> grid.moveTo(null, 1));
      assertEquals(assertThrows(IllegalArgumentException.class, () -> grid.get(new long[] {1})).getMessage(),
          assertThrows(IllegalArgumentException.class, () -> grid.get(1)).getMessage());
      assertEquals(List.of(3L, 2L, 1L, 6L, 5L, 4L), ids(grid.slice(Slice.ALL, Slice.of(null, null, -1L))));
      grid.close();
    }
  }

  /** A 2 x 3 array of records exported with the record format, as a generated array would. */
  private static BufferExporter gridExporter(byte[] data) {
    return flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, 7, "<IhB", 2, new long[] {2, 3},
        new long[] {21, 7}, null, data);
  }

  @Test
  void anotherSpellingOfTheRecordLayoutKeepsItsShapeAndStrides() {
    byte[] data = ticks(1, 2, 3, 4, 5, 6);
    BufferExporter named = flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, 7,
        "<I:id: h:delta: B:flags:", 2, new long[] {2, 3}, new long[] {21, 7}, null, data);
    try (RecordArray<Tick> grid = RecordArray.over(READ, named); MemoryView again = MemoryView.of(grid)) {
      assertArrayEquals(new long[] {2, 3}, grid.shape());
      assertEquals(6, grid.get(1, 2).id());
      assertEquals("<IhB", again.format()); // exported with the record's own format
    }
    BufferExporter swapped = flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, 7, ">IhB", 1,
        new long[] {6}, new long[] {7}, null, data);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordArray.over(READ, swapped));
    assertTrue(e.getMessage().contains("the formats differ"), e.getMessage());
  }

  @Test
  void mismatchedSourcesAreRefusedWithTheReason() {
    MemoryView ints = MemoryView.of(new byte[28]).cast("i");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordArray.over(READ, ints));
    assertTrue(e.getMessage().contains("the formats differ"), e.getMessage());
    ints.release(); // the refused request released its export: release succeeds
    MemoryView reversed = MemoryView.of(new byte[14]).slice(Slice.of(null, null, -1L));
    assertThrows(IllegalArgumentException.class, () -> RecordArray.over(READ, reversed));
    MemoryView readOnly = MemoryView.of(new byte[14]).toReadOnly();
    try (RecordArray<Tick> records = RecordArray.over(WRITE, readOnly)) {
      assertTrue(records.readonly(), "records with setters over a read-only view are placed, read-only");
    }
    try (RecordArray<Tick> records = RecordArray.over(READ, readOnly)) {
      assertEquals(2, records.length());
    }
  }

  @Test
  void iterationVisitsRowMajorAndMakesAViewPerRecord() {
    byte[] data = ticks(1, 2, 3, 4, 5, 6);
    try (RecordArray<Tick> grid = RecordArray.over(READ, gridExporter(data))) {
      assertEquals(List.of(6L, 4L, 3L, 1L), ids(grid.slice(Slice.of(null, null, -1L), Slice.of(null, null, -2L))));
      assertEquals(List.of(6L, 3L), ids(RecordArray.over(READ, data).slice(Slice.of(null, null, -3L))));
      Set<Tick> views = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      grid.forEach(views::add);
      assertEquals(6, views.size(), "a view per record, safe to keep");
    }
  }

  @Test
  void anEmptyArrayIteratesNothing() {
    RecordArray<Tick> empty = RecordArray.over(READ, new byte[0]);
    assertEquals(0, empty.length());
    assertEquals(List.of(), ids(empty));
    assertThrows(java.util.NoSuchElementException.class, () -> empty.iterator().next());
  }

  @Test
  void threadsThatStartIteratingAFreshArrayAtOnceEachSeeEveryRecord() throws Exception {
    // The first iteration makes the cursor every later one copies: threads racing to make it must
    // each walk every record (and never one another's half-made cursor).
    long[] ids = new long[1_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 3L * i + 1;
    }
    byte[] data = ticks(ids);
    List<Long> forward = new ArrayList<>();
    for (long id : ids) {
      forward.add(id);
    }
    List<Long> everyOtherBackwards = new ArrayList<>();
    for (int i = ids.length - 1; i >= 0; i -= 2) {
      everyOtherBackwards.add(ids[i]);
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        RecordArray<Tick> records = RecordArray.over(READ, data);
        RecordArray<Tick> slice = records.slice(Slice.of(null, null, -2L));
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<Long>>> walks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          RecordArray<Tick> walked = t % 2 == 0 ? records : slice;
          walks.add(pool.submit(() -> {
            start.await();
            return ids(walked);
          }));
        }
        for (int t = 0; t < threads; t++) {
          List<Long> expected = t % 2 == 0 ? forward : everyOtherBackwards;
          assertEquals(expected, walks.get(t).get(10, TimeUnit.SECONDS), "round " + round + ", thread " + t);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
