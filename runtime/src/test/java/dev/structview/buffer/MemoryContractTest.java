package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.SparseFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link Memory}, checked alike on every kind: an array, a heap buffer that is a
 * slice of a larger array, a direct buffer, a read-write mapping of one window, and a read-write
 * mapping of a 3 GiB sparse file (overlapping windows every gigabyte) probed around its gigabytes.
 * Regions of an array and of the large mapping, across its gigabytes, keep the same contract.
 * Each kind is checked at its edges and at interior points, in both byte orders, and read-only
 * where it can be.
 */
class MemoryContractTest {
  private static final long GIB = SparseFile.GIB;

  @TempDir
  static Path dir;
  private static List<Arguments> kinds;
  private static List<Memory> mappings;

  /** One kind of memory, the positions to probe in it, and how to make it read-only, if it can be. */
  record Kind(Memory memory, long[] points, Supplier<Memory> readOnly) {}

  @BeforeAll
  static void makeEveryKind() throws Exception {
    byte[] wide = new byte[100];
    Path small = Files.write(dir.resolve("small.bin"), new byte[64]);
    Path three = SparseFile.create(dir.resolve("three.bin"), 3 * GIB);
    mappings = List.of(Memory.map(small, FileChannel.MapMode.READ_WRITE), Memory.map(three, FileChannel.MapMode.READ_WRITE));
    kinds = List.of(
        kind("array", Memory.of(new byte[64]), new long[] {0, 20, 56}, null),
        kind("heap slice", Memory.of(ByteBuffer.wrap(wide, 10, 64).slice()), new long[] {0, 31, 56},
            () -> Memory.of(ByteBuffer.wrap(wide, 10, 64).slice().asReadOnlyBuffer())),
        kind("direct", Memory.of(ByteBuffer.allocateDirect(64)), new long[] {0, 9, 56}, null),
        kind("mapping of one window", mappings.get(0), new long[] {0, 17, 56},
            () -> Memory.map(small, FileChannel.MapMode.READ_ONLY)),
        kind("mapping of 3 GiB", mappings.get(1),
            new long[] {0, GIB - 3, 2 * GIB - 8, 2 * GIB - 1, 3 * GIB - 9, 3 * GIB - 8},
            () -> Memory.map(three, FileChannel.MapMode.READ_ONLY)),
        kind("region of an array", Memory.of(wide).region(20, 64), new long[] {0, 13, 56},
            () -> Memory.of(ByteBuffer.wrap(wide).asReadOnlyBuffer()).region(20, 64)),
        kind("region of 2 GiB across the windows of 3 GiB", mappings.get(1).region(GIB - 64, 2 * GIB),
            new long[] {0, 60, 64, GIB + 60, 2 * GIB - 8}, null));
  }

  @AfterAll
  static void unmap() {
    mappings.forEach(Memory::close);
    assertTrue(mappings.stream().allMatch(Memory::isClosed));
  }

  static Stream<Arguments> kinds() {
    return kinds.stream();
  }

  private static Arguments kind(String name, Memory memory, long[] points, Supplier<Memory> readOnly) {
    return Arguments.of(Named.of(name, new Kind(memory, points, readOnly)));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyWidthReadsWhatWasWrittenInEitherOrder(Kind kind) {
    Memory m = kind.memory();
    assertFalse(m.isReadOnly());
    for (long p : kind.points()) {
      long value = 0x0102030405060708L ^ p * 0x9E3779B97F4A7C15L;
      m.putLong(p, false, value);
      assertEquals(value, m.getLong(p, false), "at " + p);
      assertEquals(Long.reverseBytes(value), m.getLong(p, true));
      assertEquals((int) value, m.getInt(p, false));
      assertEquals((int) (value >>> 32), m.getInt(p + 4, false));
      assertEquals(Integer.reverseBytes((int) value), m.getInt(p, true));
      assertEquals((short) (value >>> 16), m.getShort(p + 2, false));
      assertEquals((byte) (value >>> 56), m.getByte(p + 7));
      m.putInt(p + 1, true, 0xA1B2C3D4);
      assertEquals((byte) 0xA1, m.getByte(p + 1));
      m.putShort(p + 5, false, (short) 0x7F80);
      assertEquals((byte) 0x80, m.getByte(p + 5));
      m.putByte(p + 7, (byte) -2);
      byte[] copy = new byte[10];
      m.copyTo(p, copy, 1, 8);
      byte[] expected = new byte[8];
      for (int i = 0; i < 8; i++) {
        expected[i] = m.getByte(p + i);
      }
      assertArrayEquals(expected, Arrays.copyOfRange(copy, 1, 9));
      m.copyFrom(new byte[] {9, 8, 7, 6, 5}, 1, p + 2, 3);
      assertEquals(0x0706, m.getShort(p + 3, true));
      ByteBuffer slice = m.slice(p, 8);
      assertEquals(8, slice.capacity());
      slice.put(0, (byte) 42);
      assertEquals(42, m.getByte(p), "a slice shares the bytes");
      // Every width written in each order lands most significant byte first or last.
      m.putLong(p, true, value);
      assertEquals((byte) (value >>> 56), m.getByte(p), "big-endian long at " + p);
      assertEquals((byte) value, m.getByte(p + 7));
      assertEquals(value, m.getLong(p, true));
      m.putInt(p, false, 0xA1B2C3D4);
      assertEquals((byte) 0xD4, m.getByte(p), "little-endian int at " + p);
      assertEquals((byte) 0xA1, m.getByte(p + 3));
      m.putShort(p + 4, true, (short) 0x1234);
      assertEquals((byte) 0x12, m.getByte(p + 4), "big-endian short at " + p);
      assertEquals((short) 0x3412, m.getShort(p + 4, false));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyAccessIsRangeCheckedAtBothEnds(Kind kind) {
    Memory m = kind.memory();
    long size = m.byteSize();
    assertThrows(IndexOutOfBoundsException.class, () -> m.getByte(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.getByte(size));
    assertThrows(IndexOutOfBoundsException.class, () -> m.getShort(size - 1, false));
    assertThrows(IndexOutOfBoundsException.class, () -> m.getInt(size - 3, true));
    assertThrows(IndexOutOfBoundsException.class, () -> m.getLong(size - 7, false));
    assertThrows(IndexOutOfBoundsException.class, () -> m.putLong(size - 7, false, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.getLong(Long.MAX_VALUE - 3, false));
    assertThrows(IndexOutOfBoundsException.class, () -> m.copyTo(size - 2, new byte[4], 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> m.copyTo(0, new byte[4], 2, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> m.copyTo(0, new byte[4], 0, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.copyFrom(new byte[4], 0, size - 3, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> m.slice(size - 3, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> m.slice(-1, 1));
    // The last bytes, and nothing at the end.
    m.putLong(size - 8, true, -1L);
    assertEquals(-1L, m.getLong(size - 8, false));
    assertEquals(-1, m.getByte(size - 1));
    m.copyTo(size, new byte[0], 0, 0);
    m.copyFrom(new byte[0], 0, size, 0);
    assertEquals(0, m.slice(size, 0).capacity());
    assertEquals(0, m.slice(0, 0).capacity());
    assertTrue(m.toString().contains(size + " bytes"), m.toString());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void readOnlyMemoryRefusesEveryWriteAndSlicesReadOnly(Kind kind) {
    if (kind.readOnly() == null) {
      return; // arrays and direct buffers are writable; their read-only buffers are the heap slice's case
    }
    try (Memory m = kind.readOnly().get()) {
      assertTrue(m.isReadOnly());
      for (long p : kind.points()) {
        assertEquals(kind.memory().getLong(p, false), m.getLong(p, false), "the same bytes, at " + p);
        ReadOnlyMemoryException e = assertThrows(ReadOnlyMemoryException.class, () -> m.putByte(p, (byte) 1));
        assertEquals("cannot modify read-only memory", e.getMessage());
        assertThrows(ReadOnlyMemoryException.class, () -> m.putShort(p, false, (short) 1));
        assertThrows(ReadOnlyMemoryException.class, () -> m.putInt(p, false, 1));
        assertThrows(ReadOnlyMemoryException.class, () -> m.putLong(p, false, 1));
        assertThrows(ReadOnlyMemoryException.class, () -> m.copyFrom(new byte[1], 0, p, 1));
        assertTrue(m.slice(p, 8).isReadOnly());
      }
      assertThrows(ReadOnlyMemoryException.class, () -> m.putByte(m.byteSize(), (byte) 1),
          "read-only is refused before the range");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theWholeMemoryIsABufferUpToTwoGigabytes(Kind kind) {
    Memory m = kind.memory();
    if (m.byteSize() > Memory.MAX_BUFFER_BYTES) {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, m::asByteBuffer);
      assertTrue(e.getMessage().contains(m.byteSize() + " bytes"), e.getMessage());
      return;
    }
    ByteBuffer all = m.asByteBuffer();
    assertEquals(m.byteSize(), all.capacity());
    assertEquals(0, all.position());
    all.put(3, (byte) 77);
    assertEquals(77, m.getByte(3));
  }

  @org.junit.jupiter.api.Test
  void aRegionSharesItsParentsBytesAndLifetime() throws Exception {
    byte[] bytes = new byte[32];
    Memory region = Memory.of(bytes).region(8, 16);
    bytes[8] = 5;
    assertEquals(5, region.getByte(0), "the parent's bytes, not a copy");
    Memory inner = region.region(4, 8);
    inner.putByte(7, (byte) 9);
    assertEquals(9, bytes[19], "a region of a region counts from the first parent");
    assertThrows(IndexOutOfBoundsException.class, () -> region.region(10, 7));
    assertThrows(IndexOutOfBoundsException.class, () -> region.region(-1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> inner.getByte(8));
    assertEquals(0, region.region(16, 0).byteSize());
    assertTrue(Memory.of(ByteBuffer.allocate(4).asReadOnlyBuffer()).region(1, 2).isReadOnly());
    Path file = Files.write(dir.resolve("region.bin"), new byte[] {1, 2, 3, 4});
    Memory mapping = Memory.map(file, FileChannel.MapMode.READ_ONLY);
    Memory mapped = mapping.region(1, 2);
    mapped.close();
    assertFalse(mapping.isClosed(), "closing a region leaves its parent open");
    assertEquals(3, mapped.getByte(1));
    mapping.close();
    assertTrue(mapped.isClosed());
    assertThrows(IllegalStateException.class, () -> mapped.getByte(0));
  }

  @org.junit.jupiter.api.Test
  void closingOnlyUnmapsMappings() {
    Memory array = Memory.of(new byte[8]);
    array.close();
    assertFalse(array.isClosed(), "an array is the garbage collector's");
    assertEquals(0, array.getByte(7));
    assertTrue(List.of("MappedByteBuffer", "MemorySegment").contains(Memory.mappingBackend()), Memory.mappingBackend());
  }
}
