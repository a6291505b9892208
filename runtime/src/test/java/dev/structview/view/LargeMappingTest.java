package dev.structview.view;

import static dev.structview.testing.SparseFile.GIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.testing.CPython;
import dev.structview.testing.MmapProbes;
import dev.structview.testing.SparseFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sparse file of 5 GiB, read through {@link MemoryView#map}, {@link Memory#map} and
 * {@link Struct} at long offsets around every gigabyte (where the JDK 17 mapping's windows start)
 * and at its very end, and compared with what CPython reads through {@code mmap} at the same
 * offsets. Only the pages around those offsets hold data, and only they are read.
 */
class LargeMappingTest {
  static final long SIZE = 5 * GIB;
  /** Where windows start, and where an item read from the wrong window would show. */
  static final long[] BOUNDARIES = {GIB, 2 * GIB, 3 * GIB, 4 * GIB};
  private static final HexFormat HEX = HexFormat.of();

  @TempDir
  static Path dir;
  static Path file;

  @BeforeAll
  static void writeTheFile() {
    file = bigFile(dir.resolve("five.bin"), SIZE);
  }

  /** How many bytes around each boundary, and at each end, hold the pattern. */
  static final int FILLED = 1024;

  /**
   * A sparse file of {@code size} bytes with the pattern in the {@link #FILLED} bytes either side of
   * each boundary below it, and at both ends.
   */
  static Path bigFile(Path path, long size) {
    SparseFile.create(path, size);
    SparseFile.fill(path, 0, FILLED);
    for (long b : BOUNDARIES) {
      if (b + FILLED <= size) {
        SparseFile.fill(path, b - FILLED, 2 * FILLED);
      }
    }
    SparseFile.fill(path, size - FILLED, FILLED);
    return path;
  }

  @Test
  void aMappedViewReadsItemsCastsAndSlicesAsCPythonsMemoryviewDoes() {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    try (MemoryView bytes = MemoryView.map(file); MemoryView words = bytes.cast("I");
        MemoryView longs = bytes.cast("Q")) {
      assertEquals(SIZE, bytes.nbytes());
      assertArrayEquals(new long[] {SIZE}, bytes.shape());
      assertTrue(bytes.readonly() && bytes.isContiguous());
      probes.length(bytes.length());
      for (long b : BOUNDARIES) {
        for (long p = b - 9; p < b + 9; p++) {
          probes.cast("B", p, bytes.get(p));
        }
        for (long i = b / 4 - 2; i < b / 4 + 2; i++) {
          probes.cast("I", i, words.get(i));
        }
        for (long i = b / 8 - 2; i < b / 8 + 2; i++) {
          probes.cast("Q", i, longs.get(i));
        }
        unalignedItemsAcross(bytes, b, probes);
        slicesAcross(bytes, b, probes);
      }
      probes.cast("B", SIZE - 1, bytes.get(-1)).cast("I", SIZE / 4 - 1, words.get(-1))
          .cast("Q", SIZE / 8 - 1, longs.get(SIZE / 8 - 1));
      try (MemoryView last = bytes.slice(Slice.of(-16L, null))) {
        probes.slice(-16L, null, null, last.toBytes());
      }
      assertThrows(IndexOutOfBoundsException.class, () -> bytes.get(SIZE));
      assertThrows(IndexOutOfBoundsException.class, () -> longs.get(SIZE / 8));
      try (MemoryView again = MemoryView.map(file); MemoryView a = bytes.slice(Slice.of(3 * GIB - 50, 3 * GIB + 50, 3L));
          MemoryView b = again.slice(Slice.of(3 * GIB - 50, 3 * GIB + 50, 3L));
          MemoryView c = again.slice(Slice.of(3 * GIB - 49, 3 * GIB + 51, 3L))) {
        assertEquals(a, b, "the same bytes of two mappings compare equal");
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(c), "bytes one further on differ");
      }
    }
    probes.check(file);
  }

  /** Items of 4 and 8 bytes that start before {@code b} and end after it: a cast of a slice from {@code b - 3}. */
  private static void unalignedItemsAcross(MemoryView bytes, long b, MmapProbes probes) {
    try (MemoryView from = bytes.slice(Slice.of(b - 3, b + 13)); MemoryView i = from.cast("I");
        MemoryView q = from.cast("Q")) {
      for (int k = 0; k < 4; k++) {
        probes.unpackOne("I", b - 3 + 4 * k, i.get(k));
      }
      probes.unpackOne("Q", b - 3, q.get(0)).unpackOne("Q", b + 5, q.get(1));
    }
  }

  private static void slicesAcross(MemoryView bytes, long b, MmapProbes probes) {
    Slice[] slices = {Slice.of(b - 5, b + 7), Slice.of(b + 20, b - 20, -3L), Slice.of(b - 40, b + 40, 7L),
        Slice.of(b, b - 1, -1L)};
    for (Slice s : slices) {
      try (MemoryView part = bytes.slice(s)) {
        byte[] copy = part.toBytes();
        probes.slice(s.start(), s.stop(), s.step(), copy);
        assertEquals(HEX.formatHex(copy), part.hex(), s.toString());
      }
    }
  }

  @Test
  void memoryReadsEveryWidthAndOrderAcrossTheWindowsAsCPythonDoes() {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      assertEquals(SIZE, memory.byteSize());
      for (long b : BOUNDARIES) {
        for (long p = b - 9; p <= b + 1; p++) {
          probes.unpackOne("<h", p, memory.getShort(p, false)).unpackOne(">h", p, memory.getShort(p, true))
              .unpackOne("<i", p, memory.getInt(p, false)).unpackOne(">i", p, memory.getInt(p, true))
              .unpackOne("<q", p, memory.getLong(p, false)).unpackOne(">q", p, memory.getLong(p, true))
              .unpackOne("b", p, memory.getByte(p));
        }
        byte[] copy = new byte[150];
        memory.copyTo(b - 70, copy, 5, 140);
        probes.slice(b - 70, b + 70, null, Arrays.copyOfRange(copy, 5, 145));
        ByteBuffer slice = memory.slice(b - 8, 16);
        assertTrue(slice.isReadOnly());
        assertEquals(ByteBuffer.wrap(SparseFile.pattern(b - 8, 16)), slice);
      }
      probes.unpackOne("<q", SIZE - 8, memory.getLong(SIZE - 8, false))
          .unpackOne(">i", SIZE - 4, memory.getInt(SIZE - 4, true));
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> memory.getLong(SIZE - 7, false));
      assertEquals("bytes [5368709113, 5368709113 + 8) are outside the memory [0, 5368709120)", e.getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> memory.getByte(-1));
      assertThrows(IndexOutOfBoundsException.class, () -> memory.copyTo(SIZE - 1, new byte[2], 0, 2));
      assertThrows(ReadOnlyMemoryException.class, () -> memory.putInt(GIB, false, 1));
    }
    probes.check(file);
  }

  @Test
  void aSliceOfAMappingIsOneBufferUpToAGigabyteLessEightBytesAnywhere() {
    long anywhere = Memory.MAX_ANY_SLICE_BYTES; // 1 GiB - 8: windows of 2^31 - 9 bytes every 1 GiB
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      // From the last byte of the first gigabyte, the most that fits the window of its first byte, and one more.
      assertEquals(anywhere, memory.slice(GIB - 1, (int) anywhere).capacity());
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
          () -> memory.slice(GIB - 1, (int) anywhere + 1));
      assertEquals("a slice of 1073741817 bytes at 1073741823 crosses the windows of a mapping on JDK 17; slices"
          + " of at most 1073741816 bytes (1 GiB - 8) always fit", e.getMessage());
      assertEquals(Memory.MAX_BUFFER_BYTES, memory.slice(GIB, (int) Memory.MAX_BUFFER_BYTES).capacity(),
          "from a window's start, a whole window");
      assertEquals(64, memory.slice(SIZE - 64, 64).capacity());
    }
  }

  @Test
  void aClosedMappingRefusesEveryAccessAndClosesOnce() {
    Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY);
    memory.close();
    assertTrue(memory.isClosed());
    assertTrue(memory.toString().contains("closed"), memory.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> memory.getInt(3 * GIB, false));
    assertEquals("the memory was closed (its mapping released)", e.getMessage());
    assertThrows(IllegalStateException.class, () -> memory.getByte(0));
    assertThrows(IllegalStateException.class, () -> memory.copyTo(SIZE - 4, new byte[4], 0, 4));
    assertThrows(IllegalStateException.class, () -> memory.slice(2 * GIB, 8));
    memory.close(); // idempotent
    assertTrue(memory.isClosed());
  }

  @Test
  void writesAtLongOffsetsThroughViewsAndStructLandWhereCPythonReadsThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    Path written = SparseFile.create(dir.resolve("written.bin"), SIZE);
    MmapProbes probes = new MmapProbes();
    Struct tick = Struct.of("<IhB");
    try (MemoryView bytes = MemoryView.map(written, FileChannel.MapMode.READ_WRITE);
        Memory memory = Memory.map(written, FileChannel.MapMode.READ_WRITE)) {
      assertFalse(bytes.readonly());
      for (long b : BOUNDARIES) {
        bytes.set(0xAB, b - 7);
        probes.cast("B", b - 7, 0xAB);
        bytes.setSlice(Slice.of(b + 5, b + 9), new byte[] {1, 2, 3, 4});
        probes.slice(b + 5, b + 9, null, new byte[] {1, 2, 3, 4});
        try (MemoryView every3 = bytes.slice(Slice.of(b + 30, b + 10, -3L))) {
          every3.setSlice(Slice.ALL, new byte[] {9, 8, 7, 6, 5, 4, 3});
        }
        probes.slice(b + 30, b + 10, -3L, new byte[] {9, 8, 7, 6, 5, 4, 3});
        try (MemoryView across = bytes.slice(Slice.of(b - 45, b + 3)); MemoryView q = across.cast("Q")) {
          q.set(0x0102030405060708L, 5); // bytes [b - 5, b + 3): across the boundary
        }
        probes.unpackOne("<Q", b - 5, 0x0102030405060708L);
        tick.packInto(memory, b + 60, 4000000000L, (short) -5, 200);
        tick.packInto(memory, b - 60, 4000000000L, (short) -5, 200);
        tick.packInto(memory, b - 60, 3L, (short) 2, 1); // the last write wins, not a copy of the page
        probes.unpack("<IhB", b + 60, List.of(4000000000L, (short) -5, 200)).unpack("<IhB", b - 60, List.of(3L, (short) 2, 1));
        assertEquals(List.of(4000000000L, (short) -5, 200), tick.unpackFrom(memory, b + 60));
      }
      tick.packInto(memory, -7, 1L, (short) 2, 3);
      probes.unpack("<IhB", SIZE - 7, List.of(1L, (short) 2, 3));
    }
    probes.check(written);
  }

  @Test
  void aCopyOnWriteMappingOverTwoGigabytesNeedsJdk22() {
    if (!Memory.mappingBackend().equals("MappedByteBuffer")) {
      try (MemoryView copy = MemoryView.map(file, FileChannel.MapMode.PRIVATE)) {
        assertEquals(SIZE, copy.nbytes());
      }
      return;
    }
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> MemoryView.map(file, FileChannel.MapMode.PRIVATE));
    assertEquals("a copy-on-write mapping of 5368709120 bytes needs JDK 22 or later; on JDK 17 PRIVATE mappings"
        + " are limited to " + Memory.MAX_BUFFER_BYTES + " bytes", e.getMessage());
  }

  @Test
  void structUnpacksAtLongOffsetsAsCPythonDoes() {
    assumeTrue(CPython.available(), CPython.MISSING);
    MmapProbes probes = new MmapProbes();
    Struct[] structs = {Struct.of("<IhB"), Struct.of(">Qi"), Struct.of("hq"), Struct.of("<3sH")};
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      for (Struct s : structs) {
        for (long b : BOUNDARIES) {
          for (long p = b - s.size(); p <= b; p++) {
            probes.unpack(s.format(), p, s.unpackFrom(memory, p));
          }
        }
        probes.unpack(s.format(), SIZE - s.size(), s.unpackFrom(memory, -s.size()));
        StructException e = assertThrows(StructException.class, () -> s.unpackFrom(memory, SIZE - s.size() + 1));
        assertTrue(e.getMessage().contains("(actual buffer size is 5368709120)"), e.getMessage());
      }
      Struct q = Struct.of("<Q");
      Iterator<List<Object>> records = q.iterUnpack(memory);
      for (int k = 0; k < 3; k++) {
        probes.unpack("<Q", 8L * k, records.next());
      }
      assertTrue(records.hasNext());
      StructException partial = assertThrows(StructException.class, () -> Struct.of("<IhB").iterUnpack(memory));
      assertTrue(partial.getMessage().contains("multiple of 7"), partial.getMessage());
      ReadOnlyMemoryException readOnly = assertThrows(ReadOnlyMemoryException.class,
          () -> Struct.of("<IhB").packInto(memory, GIB, 1L, (short) 1, 1));
      assertEquals("pack_into needs writable memory: the Memory is read-only", readOnly.getMessage());
    }
    probes.check(file);
  }
}
