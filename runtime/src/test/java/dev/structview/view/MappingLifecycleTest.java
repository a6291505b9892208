package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import dev.structview.format.Struct;
import dev.structview.leak.Leaks;
import dev.structview.view.StructRecords.Rec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapped files from open to close: what is refused (partial records, records past the end, missing
 * files) and how; where writes go in each mode; and that a mapping lasts exactly as long as the
 * last array, slice or view over it, with no envelope left behind for the leak registry.
 */
class MappingLifecycleTest {
  private static final Struct TICK = Struct.of("<IhB");
  private static final StructRecords TICKS = new StructRecords("<IhB");

  @TempDir
  Path dir;
  private long mark;

  @BeforeEach
  void markTheLeakRegistry() {
    mark = Leaks.mark();
  }

  @AfterEach
  void everyMappingWasReleased() {
    assertEquals(List.of(), Leaks.unreleasedSince(mark), "a mapping's envelope outlived the test");
  }

  private Path ticks(String name, long... ids) throws IOException {
    byte[] data = new byte[7 * ids.length];
    for (int i = 0; i < ids.length; i++) {
      TICK.packInto(data, 7L * i, ids[i], (short) -i, i);
    }
    return Files.write(dir.resolve(name), data);
  }

  private static List<Object> ids(Iterable<Rec> records) {
    List<Object> out = new ArrayList<>();
    records.forEach(r -> out.add(r.values().get(0)));
    return out;
  }

  /** The mapping under an array: the region of an export, released at once. */
  private static Memory region(RecordArray<?> records) {
    BufferInfo info = records.getBuffer(BufferFlags.SIMPLE);
    records.releaseBuffer(info);
    return info.region();
  }

  @Test
  void aFileOfPartRecordsIsRefusedNamingItsSizeAndTheBytesLeftOver() throws IOException {
    Path file = Files.write(dir.resolve("fifteen.bin"), new byte[15]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordArray.map(TICKS, file));
    assertEquals(file + " is not a whole number of 7-byte <IhB records: its 15 bytes leave 1 over", e.getMessage());
  }

  @Test
  void anEmptyFileMapsToNoRecordsAndNoBytes() throws IOException {
    Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
    try (RecordArray<Rec> records = RecordArray.map(TICKS, empty); MemoryView bytes = MemoryView.map(empty);
        Memory memory = Memory.map(empty, FileChannel.MapMode.READ_ONLY)) {
      assertEquals(0, records.size());
      assertEquals(List.of(), ids(records));
      assertFalse(records.iterator().hasNext());
      assertEquals(0, records.stream().count());
      assertEquals(0, bytes.nbytes());
      assertArrayEquals(new byte[0], bytes.toBytes());
      assertEquals(List.of(), bytes.toList());
      assertEquals(0, memory.byteSize());
      assertThrows(IndexOutOfBoundsException.class, () -> memory.getByte(0));
    }
  }

  @Test
  void aMissingFileIsAnUncheckedIoExceptionNamingIt() {
    Path missing = dir.resolve("missing.bin");
    for (Runnable map : List.<Runnable>of(() -> RecordArray.map(TICKS, missing), () -> MemoryView.map(missing),
        () -> MemoryView.map(missing, FileChannel.MapMode.READ_WRITE), () -> Memory.map(missing, FileChannel.MapMode.READ_ONLY))) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, map::run);
      // The reason in words: the JDK's own message is the path again ("cannot map f: f").
      assertEquals("cannot map " + missing + ": no such file", e.getMessage());
    }
  }

  @Test
  void aFileThatMayNotBeOpenedSaysSo() throws IOException {
    Path locked = Files.write(dir.resolve("locked.bin"), new byte[7]);
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(locked), "this user writes files whatever their permissions (root)");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> MemoryView.map(locked, FileChannel.MapMode.READ_WRITE));
    assertEquals("cannot map " + locked + ": permission denied", e.getMessage());
  }

  /**
   * A directory is refused as one, whatever its size reads as: before, a 7-byte record's map said
   * its 4096 bytes left 1 over, and an 8-byte record's failed to map with "No such device".
   */
  @Test
  void aDirectoryIsAnUncheckedIoExceptionSayingSo() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("records.d"));
    for (Runnable map : List.<Runnable>of(() -> RecordArray.map(TICKS, sub), () -> MemoryView.map(sub),
        () -> MemoryView.map(sub, FileChannel.MapMode.READ_WRITE), () -> Memory.map(sub, FileChannel.MapMode.READ_ONLY))) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, map::run);
      assertEquals("cannot map " + sub + ": it is a directory", e.getMessage());
    }
  }

  /** Records of no bytes have no count in a file: refused by name, at either entry point. */
  @Test
  void recordsOfNoBytesAreRefusedSayingSo() throws IOException {
    Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
    StructRecords none = new StructRecords("0i");
    String message = "cannot map records of 0 bytes ('0i'): a file holds no count of them";
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> RecordArray.map(none, empty)).getMessage());
    try (FileChannel channel = FileChannel.open(empty)) {
      assertEquals(message, assertThrows(IllegalArgumentException.class,
          () -> RecordArray.map(none, channel, FileChannel.MapMode.READ_ONLY, 0, 5)).getMessage());
    }
  }

  @Test
  void readWriteRecordsBetweenAHeaderAndAFooterWriteThroughToTheFile() throws IOException {
    byte[] header = "HEADER--".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] footer = "-FOOTER-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = dir.resolve("framed.bin");
    Files.write(file, header);
    Files.write(file, new byte[3 * 7], StandardOpenOption.APPEND);
    Files.write(file, footer, StandardOpenOption.APPEND);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        RecordArray<Rec> records = RecordArray.map(TICKS, channel, FileChannel.MapMode.READ_WRITE, header.length, 3)) {
      assertFalse(records.readonly());
      for (long i = 0; i < 3; i++) {
        Rec r = records.get(i);
        r.store.putInt(r.position, false, (int) (100 + i));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(8 + 21 + 8, bytes.length);
    assertArrayEquals(header, java.util.Arrays.copyOfRange(bytes, 0, 8));
    assertArrayEquals(footer, java.util.Arrays.copyOfRange(bytes, 29, 37));
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(100L + i, (short) 0, 0), TICK.unpackFrom(bytes, 8 + 7L * i));
    }
  }

  @Test
  void readWriteGrowsTheFileToHoldTheRecordsAndTheOtherModesRefuse() throws IOException {
    Path file = ticks("four.bin", 1, 2, 3, 4);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      for (FileChannel.MapMode mode : List.of(FileChannel.MapMode.READ_ONLY, FileChannel.MapMode.PRIVATE)) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RecordArray.map(TICKS, channel, mode, 14, 3));
        assertEquals("3 records of 7 bytes at offset 14 reach byte 35, past the end of the file (28 bytes)",
            e.getMessage(), mode.toString());
      }
      assertEquals(28, Files.size(file), "a refused mapping leaves the file as it was");
      try (RecordArray<Rec> grown = RecordArray.map(TICKS, channel, FileChannel.MapMode.READ_WRITE, 14, 3)) {
        assertEquals(List.of(3L, 4L, 0L), ids(grown));
      }
      assertEquals(35, Files.size(file));
    }
  }

  @Test
  void badOffsetsAndCountsAreRefusedBeforeMapping() throws IOException {
    Path file = ticks("two.bin", 1, 2);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (long[] bad : new long[][] {{-1, 1}, {0, -1}, {1, Long.MAX_VALUE / 7}}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RecordArray.map(TICKS, channel, FileChannel.MapMode.READ_ONLY, bad[0], bad[1]));
        assertEquals("cannot map " + bad[1] + " records of 7 bytes at offset " + bad[0], e.getMessage());
      }
      assertThrows(IllegalArgumentException.class, () -> Memory.map(channel, FileChannel.MapMode.READ_ONLY, -1, 1));
      assertThrows(IllegalArgumentException.class, () -> Memory.map(channel, FileChannel.MapMode.READ_ONLY, 1, -1));
      assertThrows(IllegalArgumentException.class,
          () -> Memory.map(channel, FileChannel.MapMode.READ_ONLY, Long.MAX_VALUE, 1));
    }
  }

  @Test
  void aPrivateMappingCopiesOnWriteAndLeavesTheFileAlone() throws IOException {
    Path file = ticks("private.bin", 1, 2);
    byte[] before = Files.readAllBytes(file);
    try (MemoryView view = MemoryView.map(file, FileChannel.MapMode.PRIVATE)) {
      assertFalse(view.readonly());
      view.set(0xAB, 0);
      view.setSlice(Slice.of(7L, 9L), new byte[] {9, 9});
      assertEquals(0xAB, view.get(0));
      assertEquals(9, view.get(8));
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        RecordArray<Rec> records = RecordArray.map(TICKS, channel, FileChannel.MapMode.PRIVATE, 0, 2)) {
      Rec r = records.get(1);
      r.store.putInt(r.position, false, 77);
      assertEquals(77L, records.get(1).values().get(0));
    }
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void writingModesOverAChannelOpenForReadingAreRefusedNamingTheMode() throws IOException {
    Path file = ticks("reading.bin", 1, 2);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (FileChannel.MapMode mode : List.of(FileChannel.MapMode.READ_WRITE, FileChannel.MapMode.PRIVATE)) {
        String message = "a " + mode + " mapping needs a channel open for writing; this one is open for reading only";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RecordArray.map(TICKS, channel, mode, 0, 2));
        assertEquals(message, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Memory.map(channel, mode, 0, 14));
        assertEquals(message, e.getMessage());
      }
    }
  }

  @Test
  void aReadWriteViewWritesThroughAndAReadOnlyViewRefuses() throws IOException {
    Path file = ticks("shared.bin", 1, 2);
    try (MemoryView view = MemoryView.map(file, FileChannel.MapMode.READ_WRITE)) {
      view.set(0xCD, 13);
    }
    assertEquals((byte) 0xCD, Files.readAllBytes(file)[13]);
    try (MemoryView view = MemoryView.map(file)) {
      assertTrue(view.readonly());
      assertThrows(ReadOnlyMemoryException.class, () -> view.set(1, 0));
      assertThrows(BufferException.class, () -> view.getBuffer(BufferFlags.WRITABLE));
    }
  }

  @Test
  void closingTheArrayReleasesTheMappingAndUseAfterwardsFailsLoudly() throws IOException {
    Path file = ticks("closed.bin", 1, 2, 3);
    RecordArray<Rec> records = RecordArray.map(TICKS, file);
    Memory memory = region(records);
    java.util.Iterator<Rec> started = records.iterator();
    started.next();
    records.close();
    assertTrue(memory.isClosed(), "closing the only array unmapped the file");
    for (Runnable use : List.<Runnable>of(() -> records.get(0), () -> records.moveTo(null, 1), records::size,
        records::iterator, records::stream, () -> records.forEach(r -> { }), records::spliterator, started::next)) {
      assertThrows(IllegalStateException.class, use::run);
    }
    assertThrows(IllegalStateException.class, () -> memory.getByte(0));
    records.close(); // idempotent
  }

  @Test
  void slicesKeepTheMappingUntilTheLastIsClosed() throws IOException {
    Path file = ticks("sliced.bin", 1, 2, 3, 4);
    RecordArray<Rec> records = RecordArray.map(TICKS, file);
    Memory memory = region(records);
    RecordArray<Rec> tail = records.slice(Slice.of(2L, null));
    RecordArray<Rec> back = tail.slice(Slice.of(null, null, -1L));
    records.close();
    assertFalse(memory.isClosed());
    assertEquals(List.of(3L, 4L), ids(tail));
    tail.close();
    assertFalse(memory.isClosed());
    assertEquals(List.of(4L, 3L), ids(back));
    back.close();
    assertTrue(memory.isClosed());

    MemoryView bytes = MemoryView.map(file);
    BufferInfo info = bytes.getBuffer(BufferFlags.SIMPLE);
    Memory bytesMemory = info.region();
    bytes.releaseBuffer(info);
    MemoryView words = bytes.cast("I");
    bytes.release();
    assertFalse(bytesMemory.isClosed(), "a view derived from the mapped view holds the mapping");
    assertEquals(7L, words.length());
    words.release();
    assertTrue(bytesMemory.isClosed());
  }

  @Test
  void aConsumerExportBlocksCloseUntilReleased() throws IOException {
    Path file = ticks("exported.bin", 1, 2);
    RecordArray<Rec> records = RecordArray.map(TICKS, file);
    Memory memory = region(records);
    MemoryView consumer = MemoryView.of(records);
    BufferException e = assertThrows(BufferException.class, records::close);
    assertEquals("memoryview has 1 exported buffer", e.getMessage());
    assertFalse(memory.isClosed());
    assertEquals("<IhB", consumer.format());
    assertEquals(List.of(2L, (short) -1, 1), consumer.get(1));
    consumer.release();
    records.close();
    assertTrue(memory.isClosed());
  }
}
