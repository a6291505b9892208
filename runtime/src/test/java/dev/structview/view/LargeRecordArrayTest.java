package dev.structview.view;

import static dev.structview.testing.SparseFile.GIB;
import static dev.structview.view.LargeMappingTest.BOUNDARIES;
import static dev.structview.view.LargeMappingTest.SIZE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.leak.Leaks;
import dev.structview.testing.CPython;
import dev.structview.testing.MmapProbes;
import dev.structview.testing.RowMajor;
import dev.structview.testing.SparseFile;
import dev.structview.view.StructRecords.Rec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record arrays over sparse files of 5 GiB: records of 7 and 12 bytes straddle every gigabyte (where
 * the JDK 17 mapping's windows start, and where a record array's stores overlap), and are read by
 * index, by moving a view and by every way of iterating, in dense slices around the boundaries and
 * in slices with steps of about a gigabyte across the whole file, in one, two and three dimensions.
 * Each record is compared with {@code get} and with what CPython unpacks at the same offset.
 */
class LargeRecordArrayTest {
  private static final StructRecords SEVEN = new StructRecords("<IhB");
  private static final StructRecords TWELVE = new StructRecords("<Qi");

  /**
   * Steps in records, for each record size, that cross the whole file in a few records: a little
   * over 1 GiB, forwards and backwards; half a gigabyte; and more than 2 GiB, a stride no
   * {@code int} holds.
   */
  private static List<Long> sparseSteps(int size) {
    long gig = GIB / size + 1;
    return List.of(gig, -gig, GIB / (2L * size) + 3, -(GIB / (2L * size) + 3), 2 * GIB / size + 5, -(2 * GIB / size + 5));
  }

  @TempDir
  static Path dir;
  static Path five;
  static Path sevens;
  static Path twelves;

  @BeforeAll
  static void writeTheFiles() {
    five = LargeMappingTest.bigFile(dir.resolve("five.bin"), SIZE);
    sevens = LargeMappingTest.bigFile(dir.resolve("sevens.bin"), 7 * (SIZE / 7));
    twelves = LargeMappingTest.bigFile(dir.resolve("twelves.bin"), 12 * (SIZE / 12));
    for (StructRecords type : List.of(SEVEN, TWELVE)) {
      Path file = type == SEVEN ? sevens : twelves;
      long count = SIZE / type.size();
      for (long step : sparseSteps(type.size())) {
        for (long i : indices(Slice.of(null, null, step), count)) {
          SparseFile.fill(file, i * type.size(), type.size());
        }
      }
    }
  }

  /** The indices a slice of a dimension of {@code length} selects, in order. */
  private static List<Long> indices(Slice slice, long length) {
    Slice.Resolved r = slice.resolve(length);
    List<Long> out = new ArrayList<>();
    for (long k = 0; k < r.length(); k++) {
      out.add(r.start() + k * r.step());
    }
    return out;
  }

  @Test
  void recordsOfWholeFilesReadAsCPythonUnpacksThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    for (StructRecords type : List.of(SEVEN, TWELVE)) {
      Path file = type == SEVEN ? sevens : twelves;
      MmapProbes probes = new MmapProbes();
      try (RecordArray<Rec> records = RecordArray.map(type, file)) {
        long count = SIZE / type.size();
        assertEquals(count, records.size());
        assertEquals(count, records.length());
        assertEquals(type.format(), records.format());
        Rec reused = records.moveTo(null, 0);
        for (long b : BOUNDARIES) {
          for (long i = b / type.size() - 2; i <= b / type.size() + 2; i++) {
            List<Object> values = records.get(i).values();
            probes.unpack(type.format(), i * type.size(), values);
            assertSame(reused, records.moveTo(reused, i));
            assertEquals(values, reused.values());
            assertEquals(values, records.moveTo(null, new long[] {i}).values());
          }
        }
        probes.unpack(type.format(), (count - 1) * type.size(), records.get(-1).values());
        assertThrows(IndexOutOfBoundsException.class, () -> records.get(count));
      }
      probes.check(file);
    }
  }

  @Test
  void recordsBetweenAHeaderAndAFooterReadAsCPythonUnpacksThem() throws IOException {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    for (StructRecords type : List.of(SEVEN, TWELVE)) {
      long header = SIZE % type.size() + 3;
      long count = (SIZE - header) / type.size() - 1; // and a footer
      try (FileChannel channel = FileChannel.open(five, StandardOpenOption.READ);
          RecordArray<Rec> records = RecordArray.map(type, channel, FileChannel.MapMode.READ_ONLY, header, count)) {
        assertEquals(count, records.size());
        for (long b : BOUNDARIES) {
          long first = (b - header) / type.size();
          for (long i = first - 2; i <= first + 2; i++) {
            probes.unpack(type.format(), header + i * type.size(), records.get(i).values());
          }
        }
        probes.unpack(type.format(), header + (count - 1) * type.size(), records.get(-1).values());
        try (MemoryView view = MemoryView.of(records)) {
          assertEquals(type.format(), view.format());
          assertArrayEquals(new long[] {count}, view.shape());
        }
      }
    }
    probes.check(five);
  }

  @Test
  void recordsOverASliceOfAMappedViewReadAsCPythonUnpacksThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    long header = 5;
    long count = (SIZE - header) / 7 - 3;
    long mark = Leaks.mark();
    try (MemoryView bytes = MemoryView.map(five); MemoryView body = bytes.slice(Slice.of(header, header + 7 * count));
        RecordArray<Rec> records = RecordArray.over(SEVEN, body)) {
      assertEquals(count, records.size());
      assertThrows(dev.structview.buffer.BufferException.class, body::release, "the array holds an export");
      for (long b : BOUNDARIES) {
        long first = (b - header) / 7;
        for (long i = first - 2; i <= first + 2; i++) {
          probes.unpack(SEVEN.format(), header + 7 * i, records.get(i).values());
        }
        assertIterationsAgree(records, Slice.of(first - 20, first + 20));
      }
      probes.unpack(SEVEN.format(), header + 7 * (count - 1), records.get(-1).values());
    }
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
    probes.check(five);
  }

  /**
   * Records over a region of the mapping that starts between its windows (a member of an archive,
   * exported with {@code fillRegionInfo}): on JDK 17 the region's buffers must lie inside the
   * mapping's windows, which a region cut at its own gigabytes crossed (UnsupportedOperationException
   * from RecordArray.over, for regions past 2 GiB and for one of 1.5 GiB from 1.5 GiB alike).
   */
  @Test
  void recordsOverARegionStartingBetweenTheWindowsReadAsCPythonUnpacksThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    Memory memory = Memory.map(five, FileChannel.MapMode.READ_ONLY);
    try {
      for (long[] range : new long[][] {{3, (SIZE - 3) / 7}, {GIB + GIB / 2, 3 * GIB / 2 / 7}}) {
        long start = range[0];
        long count = range[1];
        Memory region = memory.region(start, 7 * count);
        BufferExporter exporter = flags -> BufferInfo.fillRegionInfo(null, region, 0, region.byteSize(), true, flags);
        try (RecordArray<Rec> records = RecordArray.over(SEVEN, exporter)) {
          assertEquals(count, records.size());
          for (long b : BOUNDARIES) {
            long first = (b - start) / 7;
            for (long i = Math.max(0, first - 2); i <= Math.min(count - 1, first + 2); i++) {
              probes.unpack(SEVEN.format(), start + 7 * i, records.get(i).values());
            }
            if (first > 40 && first + 40 < count) {
              // Across the windows of such a region (every 512 MiB on JDK 17), by every iteration.
              assertIterationsAgree(records, Slice.of(first - 40, first + 40));
            }
          }
          probes.unpack(SEVEN.format(), start + 7 * (count - 1), records.get(-1).values());
          assertIterationsAgree(records, Slice.of(-40L, null));
        }
      }
    } finally {
      memory.close();
    }
    probes.check(five);
  }

  @Test
  void everyIterationOfSlicesAcrossTheBoundariesVisitsWhatGetReads() {
    for (StructRecords type : List.of(SEVEN, TWELVE)) {
      Path file = type == SEVEN ? sevens : twelves;
      try (RecordArray<Rec> records = RecordArray.map(type, file)) {
        for (long b : BOUNDARIES) {
          long i = b / type.size();
          for (Slice s : List.of(Slice.of(i - 40, i + 40), Slice.of(i + 40, i - 40, -1L), Slice.of(i + 41, i - 41, -3L),
              Slice.of(i - 40, i + 40, 5L))) {
            assertIterationsAgree(records, s);
          }
        }
        for (long step : sparseSteps(type.size())) {
          assertIterationsAgree(records, Slice.of(null, null, step));
        }
      }
    }
  }

  @Test
  void slicesWithStepsOfGigabytesReadAsCPythonUnpacksThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    for (StructRecords type : List.of(SEVEN, TWELVE)) {
      Path file = type == SEVEN ? sevens : twelves;
      MmapProbes probes = new MmapProbes();
      try (RecordArray<Rec> records = RecordArray.map(type, file)) {
        for (long step : sparseSteps(type.size())) {
          Slice s = Slice.of(null, null, step);
          List<Long> indices = indices(s, records.length());
          try (RecordArray<Rec> slice = records.slice(s)) {
            int k = 0;
            for (Rec r : slice) {
              probes.unpack(type.format(), indices.get(k++) * type.size(), r.values());
            }
            assertEquals(indices.size(), k);
          }
        }
      }
      probes.check(file);
    }
  }

  /** For-each, forEach, stream, a parallel stream and recursive splits all give what get gives, in order. */
  static void assertIterationsAgree(RecordArray<Rec> records, Slice... slices) {
    try (RecordArray<Rec> slice = records.slice(slices)) {
      List<List<Object>> expected = byIndex(slice);
      String label = slice + " of " + records;
      List<List<Object>> forEach = new ArrayList<>();
      for (Rec r : slice) {
        forEach.add(r.values());
      }
      assertEquals(expected, forEach, "for-each over " + label);
      List<List<Object>> action = new ArrayList<>();
      slice.forEach(r -> action.add(r.values()));
      assertEquals(expected, action, "forEach over " + label);
      assertEquals(expected, slice.stream().map(Rec::values).collect(Collectors.toList()), "stream over " + label);
      assertEquals(expected, slice.stream().parallel().map(Rec::values).collect(Collectors.toList()),
          "parallel stream over " + label);
      List<List<Object>> split = new ArrayList<>();
      splitAll(slice.spliterator(), split);
      assertEquals(expected, split, "recursive splits of " + label);
      List<List<Object>> advanced = new ArrayList<>();
      Spliterator<Rec> one = slice.spliterator();
      while (one.tryAdvance(r -> advanced.add(r.values()))) {
        assertEquals(expected.size() - advanced.size(), one.estimateSize());
      }
      assertEquals(expected, advanced, "tryAdvance over " + label);
      assertEquals(expected.isEmpty() ? null : expected.get(expected.size() - 1),
          slice.stream().skip(Math.max(0, expected.size() - 1)).findFirst().map(Rec::values).orElse(null),
          "findFirst of the last record of " + label);
    }
  }

  /** Every record by {@code get}, in row-major order: what the cursors are compared with. */
  static List<List<Object>> byIndex(RecordArray<Rec> records) {
    List<List<Object>> out = new ArrayList<>();
    for (long[] index : RowMajor.indices(records.shape())) {
      out.add(records.get(index).values());
    }
    return out;
  }

  /** Splits until nothing splits, then visits the parts in order: first halves before second halves. */
  static void splitAll(Spliterator<Rec> s, List<List<Object>> out) {
    long before = s.estimateSize();
    Spliterator<Rec> first = s.trySplit();
    if (first == null) {
      s.forEachRemaining(r -> out.add(r.values()));
      return;
    }
    assertEquals(before, first.estimateSize() + s.estimateSize(), "a split keeps every record");
    splitAll(first, out);
    splitAll(s, out);
  }

  @Test
  void twoAndThreeDimensionsWithStridesOfGigabytesIterateAsGetReadsAndAsCPythonUnpacks() {
    assumeTrue(CPython.available(), CPython.MISSING);
    Path file = LargeMappingTest.bigFile(dir.resolve("grid.bin"), SIZE);
    // 4 rows of 6 seven-byte records, a row every 1 GiB + 5 bytes: each row straddles a gigabyte.
    Grid rows = new Grid(SEVEN, GIB - 20, new long[] {4, 6}, new long[] {GIB + 5, 7});
    // Backwards along the last dimension, past 2 GiB along the first: runs that end at a gigabyte.
    Grid cube = new Grid(TWELVE, GIB + 20, new long[] {2, 3, 4}, new long[] {2 * GIB + 5, GIB / 2 + 3, -12});
    rows.fill(file);
    cube.fill(file);
    MmapProbes probes = new MmapProbes();
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      for (Grid grid : List.of(rows, cube)) {
        try (RecordArray<Rec> records = RecordArray.over(grid.type, grid.exporter(memory))) {
          assertArrayEquals(grid.shape, records.shape());
          assertArrayEquals(grid.strides, records.strides());
          List<List<Object>> all = byIndex(records);
          List<Long> positions = grid.positions();
          for (int k = 0; k < positions.size(); k++) {
            probes.unpack(grid.type.format(), positions.get(k), all.get(k));
          }
          assertIterationsAgree(records);
          assertIterationsAgree(records, Slice.of(null, null, -1L), Slice.of(null, null, -2L));
          assertIterationsAgree(records, Slice.of(1L, null), Slice.of(null, null, -1L));
          assertIterationsAgree(records, Slice.of(0L, 0L));
        }
      }
    }
    probes.check(file);
  }

  /** Records at an offset, shape and strides of a big memory, exported as a CPython ndarray would. */
  private record Grid(StructRecords type, long offset, long[] shape, long[] strides) {
    BufferExporter exporter(Memory memory) {
      long count = 1;
      for (long extent : shape) {
        count *= extent;
      }
      long len = count * type.size();
      return flags -> new BufferInfo(null, offset, len, true, type.size(), type.format(), shape.length, shape,
          strides, null, null, memory);
    }

    /** The byte position of every record, in row-major order, by arithmetic on the strides. */
    List<Long> positions() {
      List<Long> out = new ArrayList<>();
      for (long[] index : RowMajor.indices(shape)) {
        long p = offset;
        for (int d = 0; d < shape.length; d++) {
          p += index[d] * strides[d];
        }
        out.add(p);
      }
      return out;
    }

    void fill(Path file) {
      for (long p : positions()) {
        SparseFile.fill(file, p, type.size());
      }
    }
  }

  @Test
  void recordsOfAGigabyteLessEightBytesFitTheWindowsAndLargerOnesAreRefusedWithoutALeak() throws IOException {
    long most = Memory.MAX_ANY_SLICE_BYTES; // 1 GiB - 8: what every window holds whole, wherever it starts
    StructRecords huge = new StructRecords(most + "s");
    try (FileChannel channel = FileChannel.open(five, StandardOpenOption.READ);
        RecordArray<Rec> records = RecordArray.map(huge, channel, FileChannel.MapMode.READ_ONLY, 7, 4)) {
      for (long i = 0; i < 4; i++) {
        Rec r = records.get(i);
        long start = 7 + i * most;
        assertEquals(SparseFile.pattern(start, 1)[0], r.store.getByte(r.position), "first byte of record " + i);
        assertEquals(SparseFile.pattern(start + most - 1, 1)[0], r.store.getByte(r.position + (int) most - 1),
            "last byte of record " + i);
      }
    }
    long mark = Leaks.mark();
    StructRecords larger = new StructRecords((most + 1) + "s");
    try (FileChannel channel = FileChannel.open(five, StandardOpenOption.READ)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RecordArray.map(larger, channel, FileChannel.MapMode.READ_ONLY, 0, 3));
      assertEquals("records of 1073741817 bytes over memory of 3221225451 bytes: records over memory larger than"
          + " 2 GiB may have at most 1073741816 bytes", e.getMessage());
    }
    assertEquals(List.of(), Leaks.unreleasedSince(mark), "the refused array released its mapping's export");
  }

  /** Sums as a parallel stream does and as a loop does: the same, over a slice of billions of bytes. */
  @Test
  void aParallelStreamOverAGigabyteStridedSliceSumsAsALoopDoes() {
    try (RecordArray<Rec> records = RecordArray.map(SEVEN, sevens);
        RecordArray<Rec> slice = records.slice(Slice.of(null, null, GIB / (2L * 7) + 3))) {
      long loop = 0;
      for (Rec r : slice) {
        loop += (Long) r.values().get(0);
      }
      long parallel = slice.stream().parallel().mapToLong(r -> (Long) r.values().get(0)).sum();
      assertEquals(loop, parallel);
      assertEquals(slice.size(), StreamSupport.stream(slice.spliterator(), true).count());
      assertTrue(loop != 0, "the records hold the pattern");
    }
  }
}
