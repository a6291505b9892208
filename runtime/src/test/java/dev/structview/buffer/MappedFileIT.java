package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel.MapMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of more than 4 GiB mapped whole, through whichever body the JDK picked from the packaged jar
 * ({@link MappingBackendIT}). The files are sparse: a few written pages, so each test takes
 * milliseconds and almost no disk, and a check reads each value where it straddles 2^30, 2^31 or
 * 2^32, the edges of JDK 17's windows and of {@code int} indices.
 */
class MappedFileIT {
  private static final long SIZE = 5L << 30;
  private static final long[] EDGES = {1L << 30, 1L << 31, 1L << 32};

  @TempDir
  Path dir;

  @Test
  void readsAtLongIndicesAcrossTheEdges() throws IOException {
    try (Memory memory = Memory.map(sparseFile(), MapMode.READ_ONLY)) {
      assertEquals(SIZE, memory.byteSize());
      assertTrue(memory.isReadOnly());
      for (long edge : EDGES) {
        long at = edge - 4;
        assertEquals(marker(edge), memory.getLong(at, true), "getLong at " + at);
        assertEquals(Long.reverseBytes(marker(edge)), memory.getLong(at, false), "little-endian getLong at " + at);
        assertEquals((int) (marker(edge) >>> 32), memory.getInt(at, true), "getInt at " + at);
        assertEquals((int) marker(edge), memory.getInt(edge, true), "getInt at " + edge);
        byte[] copy = new byte[16];
        memory.copyTo(edge - 8, copy, 0, 16);
        assertArrayEquals(ByteBuffer.allocate(16).putLong(4, marker(edge)).array(), copy, "copyTo at " + (edge - 8));
      }
      assertEquals(marker(SIZE), memory.getLong(SIZE - 8, true), "the last 8 bytes");
      assertEquals(0, memory.getLong(3L << 30, true), "a hole of the sparse file");
      assertThrows(IndexOutOfBoundsException.class, () -> memory.getLong(SIZE - 7, true));
      assertThrows(ReadOnlyMemoryException.class, () -> memory.putByte(0, (byte) 1));
    }
  }

  @Test
  void writesOfAReadWriteMappingAreInTheFileAfterClose() throws IOException {
    Path file = sparseFile();
    byte[] text = "structview".getBytes(StandardCharsets.US_ASCII);
    long textAt = (3L << 30) - 5;
    try (Memory memory = Memory.map(file, MapMode.READ_WRITE)) {
      for (long edge : EDGES) {
        memory.putLong(edge - 2, false, ~marker(edge));
      }
      memory.copyFrom(text, 0, textAt, text.length);
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      assertEquals(SIZE, raf.length());
      for (long edge : EDGES) {
        raf.seek(edge - 2);
        assertEquals(~marker(edge), Long.reverseBytes(raf.readLong()), "the file at " + (edge - 2));
      }
      byte[] read = new byte[text.length];
      raf.seek(textAt);
      raf.readFully(read);
      assertArrayEquals(text, read, "the file at " + textAt);
    }
  }

  @Test
  void closeIsIdempotentAndEveryUseAfterItThrows() throws IOException {
    Memory memory = Memory.map(sparseFile(), MapMode.READ_WRITE);
    memory.close();
    memory.close();
    assertTrue(memory.isClosed());
    // One message from both bodies (the arena's own is "Already closed").
    String closed = "the memory was closed (its mapping released)";
    assertEquals(closed, assertThrows(IllegalStateException.class, () -> memory.getByte(0)).getMessage());
    assertEquals(closed, assertThrows(IllegalStateException.class,
        () -> memory.getLong((1L << 32) - 4, true)).getMessage());
    assertEquals(closed, assertThrows(IllegalStateException.class,
        () -> memory.copyTo(1L << 31, new byte[8], 0, 8)).getMessage());
    assertEquals(closed, assertThrows(IllegalStateException.class,
        () -> memory.putInt(SIZE - 4, true, 1)).getMessage());
    assertEquals(closed, assertThrows(IllegalStateException.class, () -> memory.slice(8, 8)).getMessage());
    assertEquals(closed, assertThrows(IllegalStateException.class,
        () -> Memory.copy(memory, 0, Memory.of(new byte[8]), 0, 8)).getMessage());
  }

  @Test
  void copiesAcrossTheEdgesAsMemmoveAndTellsMappingsApart() throws IOException {
    try (Memory memory = Memory.map(sparseFile(), MapMode.READ_WRITE);
        Memory other = Memory.map(sparseFile(), MapMode.READ_ONLY)) {
      // Each edge's marker moved 3 bytes up through a region: the ranges overlap, so the copy runs
      // last to first; then 5 bytes down, first to last.
      for (long edge : EDGES) {
        Memory.copy(memory.region(edge - 4, 8), 0, memory, edge - 1, 8);
        assertEquals(marker(edge), memory.getLong(edge - 1, true), "moved up at " + edge);
        Memory.copy(memory, edge - 1, memory.region(edge - 64, 128), 58, 8);
        assertEquals(marker(edge), memory.getLong(edge - 6, true), "moved down at " + edge);
      }
      assertTrue(memory.mayOverlap(1L << 32, 8, memory.region(1L << 31, 3L << 30), (1L << 31) + 7, 1));
      assertFalse(memory.mayOverlap(1L << 32, 8, memory.region(1L << 31, 3L << 30), (1L << 31) + 8, 1));
      assertFalse(memory.mayOverlap(0, SIZE, other, 0, SIZE), "two mappings are apart, as two mmaps are");
    }
  }

  @Test
  void aPrivateMappingLeavesTheFileAsItWas() throws IOException {
    Path file = dir.resolve("small.bin");
    byte[] original = new byte[1 << 16];
    for (int i = 0; i < original.length; i++) {
      original[i] = (byte) (i * 31);
    }
    Files.write(file, original);
    try (Memory memory = Memory.map(file, MapMode.PRIVATE)) {
      assertFalse(memory.isReadOnly());
      memory.putLong(100, true, -1L);
      assertEquals(-1L, memory.getLong(100, true));
      assertEquals(original[99], memory.getByte(99));
    }
    assertArrayEquals(original, Files.readAllBytes(file));
  }

  @Test
  void aPrivateMappingOfMoreThan2GiBNeedsTheSegmentBody() throws IOException {
    // Just over 2^31 bytes: past what one MappedByteBuffer holds, and a modest commit charge (a
    // writable private mapping reserves its size in memory, touched or not).
    long size = (1L << 31) + (1 << 16);
    Path file = dir.resolve("private.bin");
    long edge = 1L << 31;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
      raf.seek(edge - 4);
      raf.writeLong(marker(edge));
    }
    if (!Memory.mappingBackend().equals("MemorySegment")) {
      UnsupportedOperationException e =
          assertThrows(UnsupportedOperationException.class, () -> Memory.map(file, MapMode.PRIVATE));
      assertTrue(e.getMessage().contains("JDK 22"), e.getMessage());
      return;
    }
    try (Memory memory = Memory.map(file, MapMode.PRIVATE)) {
      assertEquals(marker(edge), memory.getLong(edge - 4, true));
      memory.putLong(edge - 4, true, 42L);
      assertEquals(42L, memory.getLong(edge - 4, true));
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(edge - 4);
      assertEquals(marker(edge), raf.readLong(), "the file under a private mapping's write");
    }
  }

  /** A 5 GiB file of zeros but for {@link #marker}s straddling each edge and ending the file. */
  private Path sparseFile() throws IOException {
    Path file = dir.resolve("sparse.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SIZE);
      for (long edge : EDGES) {
        raf.seek(edge - 4);
        raf.writeLong(marker(edge)); // big-endian, four bytes on each side of the edge
      }
      raf.seek(SIZE - 8);
      raf.writeLong(marker(SIZE));
    }
    return file;
  }

  /** Eight bytes that name where they were written: "SV", then the offset. */
  private static long marker(long offset) {
    return 0x5356_0000_0000_0000L | offset;
  }
}
