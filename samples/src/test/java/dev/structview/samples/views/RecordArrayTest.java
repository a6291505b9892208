package dev.structview.samples.views;

import static dev.structview.samples.views.Memories.AT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.samples.views.ViewVectors.Read;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Record arrays of several CPython records: every way to make one, indexing, iteration, zero-copy
 * slices (negative steps, slices of slices, against CPython's memoryview slicing), and export as a
 * buffer that shows the record format.
 */
class RecordArrayTest {
  private static final int RECORDS = 7;

  /** A chain of slices from slices.tsv: what CPython keeps of 7 items, and its memoryview's layout. */
  private record SliceCase(String text, List<Slice> slices, int[] indices, long shape, long strideInItems) {}

  @TestFactory
  Stream<DynamicNode> arraysOfCPythonRecords() {
    List<SliceCase> slices = slices();
    return Replays.perView(access -> {
      List<Read> rows = access.vectors.reads().subList(7, 7 + RECORDS); // random bytes, all distinct
      byte[] data = concat(rows);
      return Stream.of(
          dynamicTest("array(byte[])", () -> {
            try (RecordArray<?> records = access.array(data.clone())) {
              assertRecords(access, records, rows, "array(byte[])");
            }
          }),
          dynamicTest("array(byte[], 3, 7)", () -> {
            try (RecordArray<?> records = access.array(Memories.padded(data), AT, RECORDS)) {
              assertRecords(access, records, rows, "array(byte[], 3, 7)");
            }
          }),
          dynamicTest("array(direct buffer from position 3)", () -> {
            ByteBuffer direct = Memories.direct(Memories.padded(data)).position(AT).limit(AT + data.length);
            try (RecordArray<?> records = access.array(direct)) {
              assertRecords(access, records, rows, "array(direct buffer)");
            }
          }),
          dynamicTest("array(heap buffer with array offset 2, from position 1)", () -> {
            try (RecordArray<?> records = access.array(Memories.slicedHeap(Memories.padded(data))
                .limit(AT - 2 + data.length))) {
              assertRecords(access, records, rows, "array(sliced heap buffer)");
            }
          }),
          dynamicTest("array(memoryview)", () -> {
            try (MemoryView memory = MemoryView.of(data.clone()); RecordArray<?> records = access.array(memory)) {
              assertRecords(access, records, rows, "array(memoryview)");
            }
          }),
          dynamicTest("arrays refuse memory that is not whole records", () -> assertAll(
              () -> assertThrows(IllegalArgumentException.class, () -> access.array(Arrays.copyOf(data, data.length + 1))),
              () -> assertThrows(IndexOutOfBoundsException.class, () -> access.array(data, 1, RECORDS)),
              () -> assertThrows(IndexOutOfBoundsException.class, () -> access.array(data, -1, 1)))),
          dynamicContainer("slices", slices.stream().map(s -> dynamicTest(s.text(), () -> assertSlice(access, data, rows, s)))),
          dynamicTest("MemoryView.of(array) shows the record format", () -> assertExport(access, data)));
    });
  }

  @Test
  void anExporterOfRecordsKeepsItsShapeAndStrides() {
    ViewVectors ticks = ViewVectors.load("Tick");
    List<Read> rows = ticks.reads().subList(7, 13);
    byte[] data = concat(rows);
    // The six records as a 2 x 3 array, row-major (strides 21, 7) and column-major (strides 7, 14).
    for (long[] strides : new long[][] {{21, 7}, {7, 14}}) {
      BufferExporter exporter = flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, 7, "<IhB", 2,
          new long[] {2, 3}, strides.clone(), null, data);
      ViewAccess access = ViewAccess.of(ticks);
      String where = "strides " + Arrays.toString(strides);
      try (RecordArray<TickView> grid = TickView.array(exporter)) {
        assertAll(where,
            () -> assertEquals(2, grid.ndim()),
            () -> assertArrayEquals(new long[] {2, 3}, grid.shape()),
            () -> assertArrayEquals(strides, grid.strides()),
            () -> assertEquals(6, grid.size()),
            () -> assertEquals(2, grid.length()));
        List<TickView> iterated = new ArrayList<>();
        grid.forEach(iterated::add);
        for (int i = 0; i < 2; i++) {
          for (int j = 0; j < 3; j++) {
            Read expected = rows.get((int) ((i * strides[0] + j * strides[1]) / 7));
            Replays.assertReads(access, grid.get(i, j), expected.tokens(), where + " get(" + i + ", " + j + ")");
            Replays.assertReads(access, iterated.get(i * 3 + j), expected.tokens(), where + " iterated, row-major");
          }
        }
        try (RecordArray<TickView> lastRowFirst = grid.slice(Slice.of(null, null, -1L))) {
          Read expected = rows.get((int) ((1 * strides[0] + 2 * strides[1]) / 7));
          Replays.assertReads(access, lastRowFirst.get(0, 2), expected.tokens(), where + " [::-1] get(0, 2)");
          assertArrayEquals(new long[] {-strides[0], strides[1]}, lastRowFirst.strides());
        }
        assertThrows(IllegalArgumentException.class, () -> grid.get(1), where + ": one index for two dimensions");
      }
    }
  }

  private static void assertRecords(ViewAccess access, RecordArray<?> records, List<Read> rows, String where) {
    int n = rows.size();
    assertAll(where,
        () -> assertEquals(n, records.length(), "length()"),
        () -> assertEquals(n, records.size(), "size()"),
        () -> assertEquals(1, records.ndim(), "ndim()"),
        () -> assertArrayEquals(new long[] {n}, records.shape(), "shape()"),
        () -> assertEquals(access.vectors.size(), records.itemsize(), "itemsize()"),
        () -> assertEquals(access.vectors.format(), records.format(), "format()"));
    for (int i = 0; i < n; i++) {
      Replays.assertReads(access, records.get(i), rows.get(i).tokens(), where + ".get(" + i + ")");
      Replays.assertReads(access, records.get(i - n), rows.get(i).tokens(), where + ".get(" + (i - n) + ")");
    }
    Iterator<?> it = records.iterator();
    for (int i = 0; i < n; i++) {
      Replays.assertReads(access, it.next(), rows.get(i).tokens(), where + " iterated, record " + i);
    }
    assertFalse(it.hasNext(), where + ": iteration ends after the last record");
    @SuppressWarnings("unchecked")
    RecordArray<Object> typed = (RecordArray<Object>) records;
    Object reused = typed.get(0);
    assertSame(reused, typed.moveTo(reused, n - 1), where + ": moveTo reuses the view");
    Replays.assertReads(access, reused, rows.get(n - 1).tokens(), where + ".moveTo(view, " + (n - 1) + ")");
    assertThrows(IndexOutOfBoundsException.class, () -> records.get(n), where + ".get(length)");
    assertThrows(IndexOutOfBoundsException.class, () -> records.get(-n - 1), where + ".get(-length - 1)");
  }

  private static void assertSlice(ViewAccess access, byte[] data, List<Read> rows, SliceCase s) {
    List<Read> expected = new ArrayList<>();
    for (int i : s.indices()) {
      expected.add(rows.get(i));
    }
    List<RecordArray<?>> opened = new ArrayList<>();
    try (RecordArray<?> records = access.array(data.clone())) {
      RecordArray<?> sliced = records;
      for (Slice slice : s.slices()) {
        sliced = sliced.slice(slice);
        opened.add(sliced);
      }
      RecordArray<?> result = sliced;
      assertEquals(expected.size(), result.length(), "length()");
      for (int i = 0; i < expected.size(); i++) {
        Replays.assertReads(access, result.get(i), expected.get(i).tokens(), s.text() + " get(" + i + ")");
      }
      try (MemoryView memory = MemoryView.of(result)) {
        assertAll(s.text(),
            () -> assertEquals(access.vectors.format(), memory.format(), "format()"),
            () -> assertEquals(access.vectors.size(), memory.itemsize(), "itemsize()"),
            () -> assertArrayEquals(new long[] {s.shape()}, memory.shape(), "shape()"),
            () -> assertArrayEquals(new long[] {s.strideInItems() * access.vectors.size()}, memory.strides(),
                "strides()"),
            () -> Replays.assertBytes(concat(expected), memory.toBytes(), "toBytes()"));
      }
    } finally {
      opened.forEach(RecordArray::close);
    }
  }

  private static void assertExport(ViewAccess access, byte[] data) {
    RecordArray<?> records = access.array(data.clone());
    MemoryView memory = MemoryView.of(records);
    int size = access.vectors.size();
    assertAll(
        () -> assertEquals(access.vectors.format(), memory.format(), "format()"),
        () -> assertEquals(size, memory.itemsize(), "itemsize()"),
        () -> assertEquals(1, memory.ndim(), "ndim()"),
        () -> assertArrayEquals(new long[] {RECORDS}, memory.shape(), "shape()"),
        () -> assertArrayEquals(new long[] {size}, memory.strides(), "strides()"),
        () -> assertEquals((long) RECORDS * size, memory.nbytes(), "nbytes()"),
        () -> assertFalse(memory.readonly(), "readonly()"),
        () -> Replays.assertBytes(data, memory.toBytes(), "toBytes()"));
    assertThrows(BufferException.class, records::close, "closing an array while a memoryview holds its export");
    Object view = records.get(0);
    memory.release();
    records.close();
    assertThrows(IllegalStateException.class, () -> records.get(0), "get(0) after close()");
    Replays.assertReads(access, view, access.vectors.reads().get(7).tokens(),
        "a view from get(0) stays usable after close(): it holds nothing, and the byte[] lives on");
  }

  static byte[] concat(List<Read> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    rows.forEach(r -> out.writeBytes(r.bytes()));
    return out.toByteArray();
  }

  private static List<SliceCase> slices() {
    List<SliceCase> out = new ArrayList<>();
    for (String line : ViewVectors.lines("slices.tsv")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      List<Slice> chain = new ArrayList<>();
      for (String s : c[0].split(";")) {
        String[] parts = s.split(":", -1);
        chain.add(Slice.of(bound(parts[0]), bound(parts[1]), bound(parts[2])));
      }
      int[] indices = c[1].equals("-") ? new int[0] : Arrays.stream(c[1].split(",")).mapToInt(Integer::parseInt).toArray();
      out.add(new SliceCase("[" + c[0].replace(";", "][") + "]", chain, indices, Long.parseLong(c[2]),
          Long.parseLong(c[3])));
    }
    return out;
  }

  private static Long bound(String token) {
    return token.isEmpty() ? null : Long.valueOf(token);
  }
}
