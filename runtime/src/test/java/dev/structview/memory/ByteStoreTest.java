package dev.structview.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store's length and its read-only flag share one field (the length complemented when writes
 * are refused): every kind of store, writable and not, at lengths from 0 to the largest a buffer
 * has, reports both and checks records and writes by them.
 */
class ByteStoreTest {
  @TempDir
  Path dir;

  @Test
  void everyKindOfStoreReportsItsLengthAndFlagAndChecksByThem() {
    for (int length : new int[] {0, 1, 6, 7, 8, 4096}) {
      for (Kind kind : kinds(length)) {
        check(kind, length);
      }
    }
  }

  @Test
  void theLargestBufferKeepsItsLengthWhenReadOnly() throws IOException {
    Path file = dir.resolve("max.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(Integer.MAX_VALUE);   // sparse
    }
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, Integer.MAX_VALUE);
      check(new Kind("mapped, read-only", ByteStore.of(mapped), true), Integer.MAX_VALUE);
    }
  }

  @Test
  void aStoreOverMemoryReadsAndWritesWhereAnArrayStoreDoes() {
    byte[] bytes = new byte[64];
    new Random(7).nextBytes(bytes);
    byte[] copy = bytes.clone();
    ByteStore memory = new MemoryStore(Memory.of(bytes), false);
    ByteStore array = ByteStore.of(copy);
    assertEquals(64, memory.byteSize());
    assertReadsAlike(array, memory, "memory");
    memory.putLong(3, true, 0x0102030405060708L);
    memory.putInt(20, false, 0x0A0B0C0D);
    memory.putShort(30, true, (short) 0x1122);
    memory.putByte(40, (byte) 0x33);
    array.putLong(3, true, 0x0102030405060708L);
    array.putInt(20, false, 0x0A0B0C0D);
    array.putShort(30, true, (short) 0x1122);
    array.putByte(40, (byte) 0x33);
    memory.copyFrom(new byte[] {9, 8, 7}, 1, 50, 2);
    array.copyFrom(new byte[] {9, 8, 7}, 1, 50, 2);
    memory.clear(60, 4);
    array.clear(60, 4);
    assertArrayEquals(copy, bytes, "the same writes through both stores");
    byte[] out = new byte[5];
    memory.copyTo(18, out, 0, 5);
    assertArrayEquals(Arrays.copyOfRange(bytes, 18, 23), out);
    assertThrows(UnsupportedOperationException.class, memory::asByteBuffer);
    assertThrows(IndexOutOfBoundsException.class, () -> memory.getInt(61, false));
    assertThrows(ReadOnlyMemoryException.class,
        () -> new MemoryStore(Memory.of(bytes), true).checkWritable("read-only export"));
  }

  @Test
  void everyStoreOverTheSameBytesReadsAndWritesAlike() {
    byte[] bytes = new byte[64];
    new Random(11).nextBytes(bytes);
    byte[] region = new byte[64 + 10];
    System.arraycopy(bytes, 0, region, 3, 64);
    byte[] longer = Arrays.copyOf(bytes, 64 + 5);
    ByteBuffer direct = ByteBuffer.allocateDirect(64).put(bytes).clear();
    List<Kind> stores = List.of(
        new Kind("array", ByteStore.of(bytes.clone()), false),
        new Kind("heap buffer from index 0 of a longer array", ByteStore.of(ByteBuffer.wrap(longer, 0, 64)), false),
        new Kind("array region from index 3", ByteStore.of(ByteBuffer.wrap(region, 3, 64).slice()), false),
        new Kind("direct buffer", ByteStore.of(direct), false),
        new Kind("memory", new MemoryStore(Memory.of(bytes.clone()), false), false));
    assertEquals(ArrayStore.class, stores.get(0).store.getClass(), "a whole array: no base to add");
    assertEquals(ArrayStore.class, stores.get(1).store.getClass(), "a buffer from index 0 of its array");
    assertEquals(ArrayRegionStore.class, stores.get(2).store.getClass(), "a buffer from index 3 of its array");
    ByteStore expected = ByteStore.of(bytes);
    for (Kind kind : stores) {
      ByteStore s = kind.store;
      assertEquals(64, s.length(), kind.name);
      assertReadsAlike(expected, s, kind.name);
      s.putLong(3, true, 0x0102030405060708L);
      s.putInt(20, false, 0x0A0B0C0D);
      s.putShort(30, true, (short) 0x1122);
      s.putByte(40, (byte) 0x33);
      s.copyFrom(new byte[] {9, 8, 7}, 1, 50, 2);
      s.clear(60, 4);
      byte[] written = new byte[64];
      s.copyTo(0, written, 0, 64);
      byte[] want = bytes.clone();
      ByteBuffer.wrap(want).putLong(3, 0x0102030405060708L).putShort(30, (short) 0x1122).put(40, (byte) 0x33)
          .order(ByteOrder.LITTLE_ENDIAN).putInt(20, 0x0A0B0C0D).put(50, (byte) 8).put(51, (byte) 7)
          .putInt(60, 0);
      assertArrayEquals(want, written, kind.name + ": every write lands where struct.pack would put it");
      if (!(s instanceof MemoryStore)) {
        ByteBuffer exported = s.asByteBuffer();
        assertEquals(64, exported.remaining(), kind.name + ": the export holds the store's bytes");
        byte[] seen = new byte[64];
        exported.get(0, seen);
        assertArrayEquals(want, seen, kind.name + ": the export starts where the store does");
      }
    }
    assertEquals(0x0A0B0C0D, ByteBuffer.wrap(region, 3 + 20, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
        "a region's writes land past its base, in its array");
    assertArrayEquals(new byte[5], Arrays.copyOfRange(longer, 64, 69), "nothing past the buffer's limit");
  }

  @Test
  void aStoreOverMemoryPast4GiBAddressesAndChecksEveryByte() throws IOException {
    Path file = dir.resolve("five.bin");
    long size = 5L << 30;
    long[] edges = {(1L << 31) - 2, (1L << 32) - 3, size - 8};
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size); // sparse
      for (long edge : edges) {
        raf.seek(edge);
        raf.writeLong(edge); // big-endian, straddling 2^31 and 2^32
      }
    }
    try (Memory m = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      ByteStore s = new MemoryStore(m, false);
      assertEquals(size, s.byteSize());
      assertEquals(Integer.MAX_VALUE, s.length(), "what an int offset reaches");
      assertEquals(true, s.isReadOnly(), "a read-only mapping's store refuses writes");
      for (long edge : edges) {
        assertEquals(edge, s.getLong(edge, true), "the record at " + edge);
        assertEquals(edge, s.checkRecord(edge, 8L));
      }
      assertEquals(Integer.MAX_VALUE - 7, s.checkRecord(Integer.MAX_VALUE - 7, 7), "an int offset in range");
      assertEquals(Integer.MAX_VALUE - 1, s.checkRecord(Integer.MAX_VALUE - 1, 7), "a record across 2^31, by int");
      IndexOutOfBoundsException past = assertThrows(IndexOutOfBoundsException.class, () -> s.checkRecord(size - 7, 8L));
      assertEquals("record does not fit: offset=" + (size - 7) + " size=8 length=" + size, past.getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> s.getByte(size));
    }
  }

  /** Every width in both orders at every index of 64 bytes, through {@code s} as through {@code expected}. */
  private static void assertReadsAlike(ByteStore expected, ByteStore s, String name) {
    for (long i = 0; i <= 56; i++) {
      for (boolean big : new boolean[] {false, true}) {
        String at = name + " at " + i + (big ? ", big-endian" : ", little-endian");
        assertEquals(expected.getByte(i), s.getByte(i), at);
        assertEquals(expected.getShort(i, big), s.getShort(i, big), at);
        assertEquals(expected.getInt(i, big), s.getInt(i, big), at);
        assertEquals(expected.getLong(i, big), s.getLong(i, big), at);
      }
    }
  }

  private static void check(Kind kind, int length) {
    ByteStore s = kind.store;
    String what = kind.name + " of " + length + " bytes";
    assertEquals(length, s.length(), what);
    assertEquals(kind.readOnly, s.isReadOnly(), what);
    for (int size : new int[] {0, 1, 7}) {
      if (size <= length) {
        assertEquals(length - size, s.checkRecord(length - size, size), what + ", the last record of " + size);
      }
      int past = length - size + 1;
      assertThrows(IndexOutOfBoundsException.class, () -> s.checkRecord(past, size), what + ", one past");
    }
    assertThrows(IndexOutOfBoundsException.class, () -> s.checkRecord(-1, 0), what + ", at -1");
    if (kind.readOnly) {
      ReadOnlyMemoryException e = assertThrows(ReadOnlyMemoryException.class, () -> s.checkWritable("id is not writable"));
      assertEquals("id is not writable", e.getMessage());
    } else {
      s.checkWritable("id is not writable");
    }
    if (length > 0) {
      assertEquals((byte) 0, s.getByte(length - 1), what + ", the last byte");
    }
  }

  private static List<Kind> kinds(int length) {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(new Kind("array", ByteStore.of(new byte[length]), false));
    ByteBuffer inside = ByteBuffer.wrap(new byte[length + 10], 3, length).slice();
    kinds.add(new Kind("array slice", ByteStore.of(inside), false));
    kinds.add(new Kind("array slice, export read-only", ByteStore.of(inside, true), true));
    kinds.add(new Kind("read-only heap buffer", ByteStore.of(inside.asReadOnlyBuffer()), true));
    ByteBuffer direct = ByteBuffer.allocateDirect(length);
    kinds.add(new Kind("direct buffer", ByteStore.of(direct), false));
    kinds.add(new Kind("direct buffer, export read-only", ByteStore.of(direct, true), true));
    kinds.add(new Kind("read-only direct buffer", ByteStore.of(direct.asReadOnlyBuffer()), true));
    kinds.add(new Kind("memory", new MemoryStore(Memory.of(new byte[length]), false), false));
    kinds.add(new Kind("memory, export read-only", new MemoryStore(Memory.of(new byte[length]), true), true));
    return kinds;
  }

  private record Kind(String name, ByteStore store, boolean readOnly) {}
}
