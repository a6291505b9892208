package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.Memory;
import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record arrays and views over a mapped file of more than 4 GiB, through whichever bodies the JDK
 * picked from the packaged jar: on JDK 22+ the mapping is one segment and the views' stores are
 * segment stores, on JDK 17 windows of mapped buffers. Records are 8-byte big-endian longs, so the
 * view here is what generated code would be for {@code ">q"}; the file is sparse, with a record
 * naming its own index on each side of 2^30, 2^31 and 2^32 bytes.
 */
class MappedRecordsIT {
  private static final long SIZE = 5L << 30;
  private static final long[] EDGES = {1L << 30, 1L << 31, 1L << 32};

  @TempDir
  Path dir;

  @Test
  void recordsAreReadByIndexByIterationAndByStreamAcrossTheEdges() throws IOException {
    try (RecordArray<LongView> records = RecordArray.map(new LongType(), sparseFile())) {
      assertEquals(SIZE / 8, records.size());
      for (long edge : EDGES) {
        long first = edge / 8 - 3;
        for (long i = first; i < first + 6; i++) {
          assertEquals(i, records.get(i).value(), "record " + i);
        }
        RecordArray<LongView> around = records.slice(Slice.of(first, first + 6, null));
        List<Long> iterated = new ArrayList<>();
        for (LongView v : around) {
          iterated.add(v.value());
        }
        assertEquals(List.of(first, first + 1, first + 2, first + 3, first + 4, first + 5), iterated);
        assertEquals(iterated, around.stream().map(LongView::value).collect(Collectors.toList()));
        RecordArray<LongView> backwards = records.slice(Slice.of(first + 5, first - 1, -1L));
        assertEquals(first + 5, backwards.iterator().next().value());
        around.close();
        backwards.close();
      }
      // A stride of 1 GiB + 8 bytes: each record in a window of its own.
      RecordArray<LongView> sparse = records.slice(Slice.of(EDGES[0] / 8, null, (EDGES[0] + 8) / 8));
      assertEquals(List.of(EDGES[0] / 8, EDGES[0] / 8 + EDGES[0] / 8 + 1),
          sparse.stream().limit(2).map(LongView::value).collect(Collectors.toList()));
      sparse.close();
    }
  }

  @Test
  void oneLoopCrossesEveryEdgeOfTheWholeFile() throws IOException {
    Set<Long> written = new TreeSet<>();
    for (long edge : EDGES) {
      for (long i = edge / 8 - 3; i < edge / 8 + 3; i++) {
        written.add(i);
      }
    }
    written.add(EDGES[0] / 8 + EDGES[0] / 8 + 1); // one of the records around 2^31 too
    long expected = written.stream().mapToLong(Long::longValue).sum();
    try (RecordArray<LongView> records = RecordArray.map(new LongType(), sparseFile())) {
      Iterator<LongView> it = records.iterator();
      // On JDK 22+ the mapping is one store and the loop counts in a long; on 17 it crosses windows.
      boolean oneStore = "MemorySegment".equals(Memory.mappingBackend());
      assertEquals(oneStore, it instanceof LongRecordCursor, "the cursor of a " + Memory.mappingBackend() + " mapping");
      long sum = 0;
      long n = 0;
      for (LongView v : records) {
        sum += v.value();
        n++;
      }
      assertEquals(SIZE / 8, n, "records a for-each visits");
      assertEquals(expected, sum, "the sum of the records a for-each reads");
      long[] counted = new long[2];
      records.forEach(v -> {
        counted[0]++;
        counted[1] += v.value();
      });
      assertEquals(List.of(SIZE / 8, expected), List.of(counted[0], counted[1]), "forEach");
      assertEquals(expected, records.stream().parallel().mapToLong(LongView::value).sum(), "a parallel stream");
      assertEquals(SIZE / 8, records.spliterator().estimateSize());
      Iterator<LongView> last = records.slice(Slice.of(SIZE / 8 - 1, null, null)).iterator();
      last.next();
      assertFalse(last.hasNext());
      assertThrows(NoSuchElementException.class, last::next);
    }
  }

  @Test
  void aLoopOverAClosedArrayStopsAtItsNextRecord() throws IOException {
    RecordArray<LongView> records = RecordArray.map(new LongType(), sparseFile());
    Iterator<LongView> it = records.iterator();
    it.next();
    records.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, it::next);
    assertEquals("operation forbidden on released memoryview object", e.getMessage());
  }

  @Test
  void onJdk22ViewsKeptAfterTheirArrayIsClosedThrowInsteadOfReadingUnmappedMemory() throws IOException {
    assumeTrue("MemorySegment".equals(Memory.mappingBackend()), "JDK 17's mapped buffers cannot fail safely");
    RecordArray<LongView> records = RecordArray.map(new LongType(), sparseFile());
    LongView kept = records.get(EDGES[2] / 8);
    assertEquals(EDGES[2] / 8, kept.value());
    records.close();
    assertThrows(IllegalStateException.class, kept::value);
  }

  /** A 5 GiB file of zeros but for records that hold their own index around each edge. */
  private Path sparseFile() throws IOException {
    Path file = dir.resolve("records.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SIZE);
      for (long edge : EDGES) {
        for (long i = edge / 8 - 3; i < edge / 8 + 3; i++) {
          raf.seek(i * 8);
          raf.writeLong(i);
        }
      }
      long far = EDGES[0] / 8 + EDGES[0] / 8 + 1; // the second record of the 1 GiB + 8 stride
      raf.seek(far * 8);
      raf.writeLong(far);
    }
    return file;
  }

  /** What generated code is for {@code ">q"}: a view with a store and an offset. */
  static final class LongView {
    ByteStore store;
    long offset;

    LongView(ByteStore store, long offset) {
      this.store = store;
      this.offset = offset;
    }

    long value() {
      return store.getLong(offset, true);
    }
  }

  /** The record type of {@link LongView}. */
  static final class LongType implements RecordType<LongView> {
    @Override
    public String format() {
      return ">q";
    }

    @Override
    public int size() {
      return 8;
    }

    @Override
    public boolean writable() {
      return false;
    }

    @Override
    public LongView move(LongView view, ByteStore store, long position) {
      long at = store.checkRecord(position, 8);
      if (view == null) {
        return new LongView(store, at);
      }
      view.store = store;
      view.offset = at;
      return view;
    }

    @Override
    public LongRecordCursor<LongView> longCursor() {
      return new LongCursor();
    }
  }

  /** What generated code's long cursor is for {@code ">q"}. */
  static final class LongCursor extends LongRecordCursor<LongView> {
    @Override
    protected LongView at(ByteStore store, long index) {
      return new LongView(store, index);
    }

    @Override
    public LongView next() {
      long p = checkPlace(place, end);
      if (released()) {
        throw releasedError();
      }
      place = p + 8;
      return new LongView(store, p);
    }
  }
}
