package dev.structview.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.data.TickData;
import dev.structview.bench.files.FileContenders;
import dev.structview.bench.files.NpyContenders;
import dev.structview.bench.files.NpyFiles;
import dev.structview.bench.files.TickFiles;
import dev.structview.bench.records.TickView;
import dev.structview.bench.ticks.RecordArrayLoops;
import dev.structview.bench.messages.MessageContender;
import dev.structview.bench.messages.MessageContenders;
import dev.structview.bench.ticks.TickContender;
import dev.structview.bench.ticks.TickContenders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Correctness first: every contender computes the same result from the same bytes, and writes the same bytes. */
class ContendersAgreeTest {
  private static final int RECORDS = 3000;
  private static final int MESSAGES = 500;

  @Test
  void everyTickContenderReadsTheSameSums() {
    int[] order = TickData.shuffledIndices(RECORDS, 42);
    try (TickContenders contenders = new TickContenders(TickData.generate(RECORDS))) {
      for (TickContender c : contenders.all()) {
        assertEquals(TickData.expectedSumAll(RECORDS), c.sumAll(RECORDS), c.name() + " W1 scan");
        assertEquals(TickData.expectedSumAll(17), c.sumAll(17), c.name() + " W1 scan of a prefix");
        assertEquals(TickData.expectedSumIds(RECORDS), c.sumIds(RECORDS), c.name() + " W1c column");
        assertEquals(TickData.expectedSumIds(RECORDS), c.gatherIds(order), c.name() + " W3 gather");
      }
    }
  }

  @Test
  void everyTickContenderWritesTheSameBytes() {
    byte[] expected = TickData.generate(RECORDS);
    int count;
    try (TickContenders counted = new TickContenders(new byte[expected.length])) {
      count = counted.all().size();
    }
    for (int k = 0; k < count; k++) {
      try (TickContenders fresh = new TickContenders(new byte[expected.length])) {
        TickContender c = fresh.all().get(k);
        c.fill(RECORDS);
        assertArrayEquals(expected, fresh.memoryOf(c), c.name() + " W1w write");
      }
    }
  }

  @Test
  void everyRecordArrayLoopReadsTheSameSum() {
    RecordArrayLoops loops = new RecordArrayLoops(TickView.array(TickData.generate(RECORDS)));
    RecordArrayLoops.SCANS.forEach((name, scan) ->
        assertEquals(TickData.expectedSumAll(RECORDS), scan.applyAsLong(loops), name + " W1i scan"));
  }

  @Test
  void everyRecordArrayLoopWritesTheSameBytes() {
    byte[] expected = TickData.generate(RECORDS);
    RecordArrayLoops.FILLS.forEach((name, fill) -> {
      byte[] memory = new byte[expected.length];
      fill.accept(new RecordArrayLoops(TickView.array(memory)));
      assertArrayEquals(expected, memory, name + " W1iw write");
    });
  }

  /**
   * W6 over small files in windows of 400 records (350 longs): one record; exactly one and two
   * windows; and a last window part full, whose bytes end in part of a long.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 400, 800, 3001})
  void everyFileContenderReadsTheSameSums(int records, @TempDir Path dir) throws IOException {
    try (FileContenders files = new FileContenders(TickFiles.ensure(dir, records), 2800)) {
      files.scans().forEach((name, scan) ->
          assertEquals(TickData.expectedSumAll(records), scan.getAsLong(), name + " W6 scan"));
      long longs = TickFiles.longSum(TickData.generate(records));
      files.bandwidths().forEach((name, sum) -> assertEquals(longs, sum.getAsLong(), name + " W6 bandwidth"));
    }
  }

  /**
   * W7 over small {@code .npy} files in windows of 400 records: each column sum gives the ids' sum,
   * TickData's and, where python3.11 has NumPy, {@code numpy.load(f, mmap_mode='r')['id'].sum()}'s.
   * Not one record: NumPy exports a packed array of one as {@code T{I:id:h:delta:B:flags:}}, a
   * native struct of 8 bytes over items of 7, which NumPy cannot read back either.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 400, 800, 3001})
  void everyNpyContenderReadsTheSameSumAsNumPy(int records, @TempDir Path dir) throws IOException {
    Path file = NpyFiles.ensure(dir, records);
    long expected = TickData.expectedSumIds(records);
    if (NumPyTimes.available()) {
      assertEquals(expected, NumPyTimes.sum(file), "NumPy's sum of the id column");
    }
    try (NpyContenders npy = new NpyContenders(file, 2800)) {
      npy.columnSums().forEach((name, sum) -> assertEquals(expected, sum.getAsLong(), name + " W7 column sum"));
      npy.opens().forEach((name, open) -> assertEquals(records, open.getAsLong(), name + " W7 open"));
    }
  }

  @Test
  void everyMessageContenderDecodesTheSameSum() {
    MessageContenders contenders = new MessageContenders(MessageData.generate(MESSAGES));
    for (MessageContender c : contenders.all()) {
      assertEquals(MessageData.expectedSum(MESSAGES), c.decodeAll(MESSAGES), c.name() + " W2 decode");
    }
  }

  @Test
  void everyMessageContenderEncodesTheSameBytes() {
    byte[] expected = MessageData.generate(MESSAGES);
    int count = new MessageContenders(new byte[expected.length]).all().size();
    for (int k = 0; k < count; k++) {
      MessageContenders fresh = new MessageContenders(new byte[expected.length]);
      MessageContender c = fresh.all().get(k);
      c.encodeAll(MESSAGES);
      assertArrayEquals(expected, fresh.memoryOf(c), c.name() + " W2 encode");
    }
  }

  @Test
  void theGeneratorsAgreeWithStructPack() {
    // The first record of each, as CPython's struct.pack("<IhB", 0, 0, 7) and struct.pack of message 1 give them.
    assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 7}, TickData.generate(1));
    assertEquals(List.of(2_654_435_761L, (short) 40_503, 138),
        dev.structview.format.Struct.of("<IhB").unpackFrom(TickData.generate(2), 7));
    assertEquals(List.of(MessageData.seed(1)), List.of(
        dev.structview.format.Struct.of("<q").unpackFrom(MessageData.generate(2), 64).get(0)));
  }
}
