package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.Memory;
import dev.structview.view.LongRecordCursor;
import dev.structview.view.RecordArray;
import dev.structview.view.RecordCursor;
import dev.structview.view.Slice;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated view over a mapped file of 5 GiB, through the runtime jar the build packaged (an IT:
 * on JDK 22+ the jar's MemorySegment bodies): a for-each crosses 2^31 and 2^32 bytes in one loop,
 * as {@code forEach}, streams, {@code get} and a writable mapping do, and each reads the records
 * as {@code struct.unpack("<IhB")} would. The file is sparse: records around each edge hold their
 * own index, the rest are zeros.
 */
class BigFileViewsIT {
  private static final long RECORDS = (5L << 30) / TickView.SIZE;
  private static final long[] EDGES = {1L << 31, 1L << 32};

  @TempDir
  static Path dir;
  private static Path file;
  /** The indices of the records that hold their own index, around each edge. */
  private static final List<Long> MARKED = new ArrayList<>();

  @BeforeAll
  static void writeTheFile() throws IOException {
    file = dir.resolve("ticks.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(RECORDS * TickView.SIZE);
      for (long edge : EDGES) {
        for (long i = edge / TickView.SIZE - 2; i <= edge / TickView.SIZE + 2; i++) {
          raf.seek(i * TickView.SIZE);
          raf.write(pack(i));
          MARKED.add(i);
        }
      }
    }
  }

  /** {@code struct.pack("<IhB", i, i & 0x7fff, i & 0xff)}. */
  private static byte[] pack(long i) {
    return ByteBuffer.allocate(7).order(ByteOrder.LITTLE_ENDIAN)
        .putInt((int) i).putShort((short) (i & 0x7fff)).put((byte) i).array();
  }

  private static long sum(long i) {
    return i + (i & 0x7fff) + (i & 0xff);
  }

  private static long sum(TickView t) {
    return t.id() + t.delta() + t.flags();
  }

  @Test
  void oneForEachReadsEveryRecordAcrossBothEdges() {
    long expected = MARKED.stream().mapToLong(BigFileViewsIT::sum).sum();
    try (RecordArray<TickView> ticks = TickView.map(file)) {
      assertEquals(RECORDS, ticks.size());
      Iterator<TickView> it = ticks.iterator();
      Class<?> cursor = "MemorySegment".equals(Memory.mappingBackend()) ? LongRecordCursor.class : RecordCursor.class;
      assertEquals(cursor, it.getClass().getSuperclass(), "the cursor over a " + Memory.mappingBackend() + " mapping");
      long n = 0;
      long total = 0;
      for (TickView t : ticks) {
        n++;
        total += sum(t);
      }
      assertEquals(RECORDS, n);
      assertEquals(expected, total);
      long[] counted = new long[2];
      ticks.forEach(t -> {
        counted[0]++;
        counted[1] += sum(t);
      });
      assertEquals(List.of(RECORDS, expected), List.of(counted[0], counted[1]), "forEach");
      assertEquals(expected, ticks.stream().parallel().mapToLong(BigFileViewsIT::sum).sum(), "a parallel stream");
    }
  }

  @Test
  void slicesAroundEachEdgeIterateAndIndexAlike() {
    try (RecordArray<TickView> ticks = TickView.map(file)) {
      for (long edge : EDGES) {
        long first = edge / TickView.SIZE - 2;
        List<Long> ids = new ArrayList<>();
        RecordArray<TickView> around = ticks.slice(Slice.of(first, first + 5, null));
        for (TickView t : around) {
          ids.add(t.id());
          assertEquals(t.id() & 0x7fff, t.delta());
          assertEquals(t.id() & 0xff, t.flags());
        }
        List<Long> expected = LongStream.range(first, first + 5).boxed().toList();
        assertEquals(expected, ids, "a for-each around " + edge);
        assertEquals(expected, around.stream().map(TickView::id).toList(), "a stream around " + edge);
        for (long i = first; i < first + 5; i++) {
          assertEquals(i, ticks.get(i).id(), "get(" + i + ")");
        }
        Iterator<TickView> last = around.slice(Slice.of(4L, null, null)).iterator();
        assertEquals(first + 4, last.next().id());
        assertFalse(last.hasNext());
        assertEquals("no more records", assertThrows(NoSuchElementException.class, last::next).getMessage());
      }
    }
  }

  @Test
  void aWritableMappingTakesWritesThroughAForEachPastBothEdges() throws IOException {
    Path copy = dir.resolve("writable.bin");
    try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
      raf.setLength(RECORDS * TickView.SIZE);
    }
    try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE);
        RecordArray<TickView> ticks = TickView.map(channel, FileChannel.MapMode.READ_WRITE, 0, RECORDS)) {
      for (long edge : EDGES) {
        long first = edge / TickView.SIZE - 2;
        long i = first;
        for (TickView t : ticks.slice(Slice.of(first, first + 5, null))) {
          t.id(i);
          t.delta((short) (i & 0x7fff));
          t.flags((int) (i & 0xff));
          i++;
        }
      }
    }
    try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "r")) {
      for (long i : MARKED) {
        byte[] record = new byte[7];
        raf.seek(i * TickView.SIZE);
        raf.readFully(record);
        assertEquals(ByteBuffer.wrap(pack(i)), ByteBuffer.wrap(record), "record " + i + " as struct.pack writes it");
      }
    }
  }

  @Test
  void aForEachOverAClosedArrayStopsAndAViewPastAnIntSaysWhereItIs() {
    assumeTrue("MemorySegment".equals(Memory.mappingBackend()), "one store past 2 GiB is JDK 22+'s");
    RecordArray<TickView> ticks = TickView.map(file);
    long far = EDGES[1] / TickView.SIZE;
    TickView t = ticks.slice(Slice.of(far, null, null)).iterator().next();
    IllegalStateException e = assertThrows(IllegalStateException.class, t::recordOffset);
    assertEquals("the record starts at byte " + far * TickView.SIZE + ", past what recordOffset() counts (an int);"
        + " a record array's index places it", e.getMessage());
    // get places the record in the window that holds it, and counts from the window's start
    assertEquals(far * TickView.SIZE % (1L << 30), ticks.get(far).recordOffset());
    Iterator<TickView> it = ticks.iterator();
    it.next();
    ticks.close();
    assertThrows(IllegalStateException.class, it::next);
  }
}
