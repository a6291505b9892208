package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.structview.samples.views.ViewVectors.Read;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every test interface's CPython records in a mapped file of more than 4 GiB, through the runtime
 * jar the build packaged (an IT: on JDK 22+ its MemorySegment bodies). Seven of CPython's records
 * ({@code struct.pack} bytes and {@code struct.unpack} values, from the vectors) sit on both sides
 * of 2^31 and of 2^32 bytes, the record across each edge among them where the record size does
 * not divide it, and one is the file's last. Each is read as CPython read it through
 * {@code XView.map(Path)} ({@code get(long)}, negative indices, {@code moveTo(reuse, long)}, a
 * for-each and a reversed for-each over slices), through {@code XView.map(channel, mode, offset,
 * count)} from the first record of the seven, and through {@code MemoryView.map(Path)} (its bytes
 * at long indices, a slice, a cast, and the views over both). The file is sparse: the rest is holes.
 */
class MappedCPythonRecordsIT {
  private static final long[] EDGES = {1L << 31, 1L << 32};
  private static final int PLACED = 7;

  // java.nio.file.Path in full: this package has a test interface called Path.
  @TempDir
  static java.nio.file.Path dir;

  @TestFactory
  Stream<DynamicNode> cpythonRecordsPastFourGiB() {
    return Replays.perView(access -> Stream.of(dynamicTest("map(Path), map(channel, ...), MemoryView.map(Path)", () -> {
      BigFile big = BigFile.write(dir.resolve(access.vectors.iface() + ".bin"), access);
      try {
        viewsOfTheMapping(access, big);
        viewsOfAChannelMapping(access, big);
        memoryViewsOfTheMapping(access, big);
      } finally {
        Files.delete(big.file);
      }
    })));
  }

  /** A sparse file of {@code records} records, with CPython's {@code rows} at {@code firsts} and the last row last. */
  private record BigFile(java.nio.file.Path file, long records, int size, List<Read> rows, long[] firsts) {
    static BigFile write(java.nio.file.Path file, ViewAccess access) {
      int size = access.vectors.size();
      long records = ((1L << 32) + (1 << 20)) / size + 1;
      List<Read> rows = access.vectors.reads().subList(7, 7 + PLACED); // random bytes, all distinct
      long[] firsts = new long[EDGES.length];
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(records * size);
        for (int e = 0; e < EDGES.length; e++) {
          firsts[e] = EDGES[e] / size - PLACED / 2;
          for (int k = 0; k < PLACED; k++) {
            raf.seek((firsts[e] + k) * size);
            raf.write(rows.get(k).bytes());
          }
        }
        raf.seek((records - 1) * size);
        raf.write(rows.get(PLACED - 1).bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new BigFile(file, records, size, rows, firsts);
    }

    /** The seven rows' bytes, one after the other, as they lie in the file from each first record. */
    byte[] placedBytes() {
      byte[] all = new byte[PLACED * size];
      for (int k = 0; k < PLACED; k++) {
        System.arraycopy(rows.get(k).bytes(), 0, all, k * size, size);
      }
      return all;
    }
  }

  private static void viewsOfTheMapping(ViewAccess access, BigFile big) {
    long n = big.records;
    try (RecordArray<?> records = access.map(big.file)) {
      assertAll("map(Path)",
          () -> assertEquals(n, records.size(), "size()"),
          () -> assertEquals(n, records.length(), "length()"),
          () -> assertEquals(access.vectors.format(), records.format(), "format()"));
      @SuppressWarnings("unchecked")
      RecordArray<Object> typed = (RecordArray<Object>) records;
      Object reused = typed.get(0);
      for (long first : big.firsts) {
        for (int k = 0; k < PLACED; k++) {
          long i = first + k;
          List<String> row = big.rows.get(k).tokens();
          Replays.assertReads(access, records.get(i), row, "map(Path).get(" + i + ")");
          Replays.assertReads(access, records.get(i - n), row, "map(Path).get(" + (i - n) + ")");
          Replays.assertReads(access, typed.moveTo(reused, i), row, "map(Path).moveTo(view, " + i + ")");
        }
        try (RecordArray<?> around = records.slice(Slice.of(first, first + PLACED))) {
          assertIterates(access, around, big.rows, "map(Path)[" + first + ":" + (first + PLACED) + "]");
        }
        List<Read> reversed = new ArrayList<>(big.rows);
        Collections.reverse(reversed);
        try (RecordArray<?> back = records.slice(Slice.of(first + PLACED - 1, first - 1, -1L))) {
          assertIterates(access, back, reversed, "map(Path)[" + (first + PLACED - 1) + ":" + (first - 1) + ":-1]");
        }
      }
      Replays.assertReads(access, records.get(-1), big.rows.get(PLACED - 1).tokens(), "map(Path).get(-1)");
      assertThrows(IndexOutOfBoundsException.class, () -> records.get(n), "map(Path).get(size())");
    }
  }

  /** {@code map(channel, READ_ONLY, offset, count)} of the seven records from each first one: a header skipped. */
  private static void viewsOfAChannelMapping(ViewAccess access, BigFile big) throws IOException {
    try (FileChannel channel = FileChannel.open(big.file, StandardOpenOption.READ)) {
      for (long first : big.firsts) {
        try (RecordArray<?> records = access.map(channel, FileChannel.MapMode.READ_ONLY, first * big.size, PLACED)) {
          assertIterates(access, records, big.rows, "map(channel, READ_ONLY, " + first * big.size + ", 7)");
        }
      }
    }
  }

  private static void memoryViewsOfTheMapping(ViewAccess access, BigFile big) {
    byte[] placed = big.placedBytes();
    try (MemoryView bytes = MemoryView.map(big.file)) {
      assertEquals(big.records * big.size, bytes.length(), "MemoryView.map(Path).length()");
      for (long first : big.firsts) {
        long from = first * big.size;
        String where = "MemoryView.map(Path)[" + from + ":" + (from + placed.length) + "]";
        for (int k = 0; k < placed.length; k++) {
          assertEquals(placed[k] & 0xFF, bytes.get(from + k), "MemoryView.map(Path).get(" + (from + k) + ")");
        }
        try (MemoryView slice = bytes.slice(Slice.of(from, from + placed.length));
             MemoryView signed = slice.cast("b");
             RecordArray<?> records = access.array(slice)) {
          assertArrayEquals(placed, slice.toBytes(), where + ".toBytes()");
          for (int k = 0; k < placed.length; k++) { // 'b' reads a Byte
            assertEquals(Byte.valueOf(placed[k]), signed.get(k), where + ".cast('b').get(" + k + ")");
          }
          assertIterates(access, records, big.rows, "array(" + where + ")");
        }
      }
      try (RecordArray<?> whole = access.array(bytes)) {
        assertEquals(big.records, whole.size(), "array(MemoryView.map(Path)).size()");
        for (long first : big.firsts) {
          for (int k = 0; k < PLACED; k++) {
            Replays.assertReads(access, whole.get(first + k), big.rows.get(k).tokens(),
                "array(MemoryView.map(Path)).get(" + (first + k) + ")");
          }
        }
      }
    }
  }

  /** A for-each over {@code records} reads {@code rows}, in order, and no more. */
  private static void assertIterates(ViewAccess access, RecordArray<?> records, List<Read> rows, String where) {
    int k = 0;
    for (Object record : records) {
      assertTrue(k < rows.size(), where + ": more records than " + rows.size());
      Replays.assertReads(access, record, rows.get(k).tokens(), where + ", record " + k);
      k++;
    }
    assertEquals(rows.size(), k, where + ": records iterated");
  }
}
