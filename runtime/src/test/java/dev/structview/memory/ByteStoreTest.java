package dev.structview.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.ReadOnlyMemoryException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    return kinds;
  }

  private record Kind(String name, ByteStore store, boolean readOnly) {}
}
