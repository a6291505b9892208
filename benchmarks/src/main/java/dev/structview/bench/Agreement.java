package dev.structview.bench;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.data.TickData;
import dev.structview.bench.files.FileContenders;
import dev.structview.bench.files.NpyContenders;
import dev.structview.bench.files.NpyFiles;
import dev.structview.bench.files.TickFiles;
import dev.structview.bench.messages.MessageContender;
import dev.structview.bench.messages.MessageContenders;
import dev.structview.bench.records.TickView;
import dev.structview.bench.ticks.RecordArrayLoops;
import dev.structview.bench.ticks.TickContender;
import dev.structview.bench.ticks.TickContenders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Correctness before speed, in the jar itself: before any benchmark runs, every contender this JVM
 * can run (the FFM ones included, which the unit tests cannot reach) must compute the same sums and
 * write the same bytes as the others, on a few thousand records; W6's and W7's on files of that
 * size in a temporary directory, mapped in windows of a few hundred records so that the window
 * code runs.
 */
final class Agreement {
  private static final int RECORDS = 3000;
  private static final int MESSAGES = 300;
  /** Records of the W6 file: not a whole number of windows or of {@code long}s, so both tails run. */
  private static final int FILE_RECORDS = 3001;
  /** W6 windows: 400 records, 350 longs. */
  private static final int FILE_WINDOW = 2800;

  private Agreement() {}

  /**
   * Checks every contender of every workload.
   *
   * @return a one-line summary
   * @throws IllegalStateException naming the first contender that disagrees
   */
  static String check() {
    int[] order = TickData.shuffledIndices(RECORDS, 42);
    byte[] expected = TickData.generate(RECORDS);
    int count = 0;
    try (TickContenders ticks = new TickContenders(TickData.generate(RECORDS))) {
      for (TickContender c : ticks.all()) {
        require(c.name() + " W1", TickData.expectedSumAll(RECORDS), c.sumAll(RECORDS));
        require(c.name() + " W1c", TickData.expectedSumIds(RECORDS), c.sumIds(RECORDS));
        require(c.name() + " W3", TickData.expectedSumIds(RECORDS), c.gatherIds(order));
        count++;
      }
    }
    for (int k = 0; k < count; k++) {
      try (TickContenders fresh = new TickContenders(new byte[expected.length])) {
        TickContender c = fresh.all().get(k);
        c.fill(RECORDS);
        if (!Arrays.equals(expected, fresh.memoryOf(c))) {
          throw new IllegalStateException(c.name() + " W1w wrote other bytes");
        }
      }
    }
    return count + " tick contenders, " + checkLoops() + " record array loops, " + checkMessages()
        + " message contenders and " + checkFiles() + " W6 and W7 file contenders agree";
  }

  /** W1i and W1iw: each loop sums the records, and writes them into zeroed memory. */
  private static int checkLoops() {
    RecordArrayLoops loops = new RecordArrayLoops(TickView.array(TickData.generate(RECORDS)));
    RecordArrayLoops.SCANS.forEach((name, scan) ->
        require("W1i " + name, TickData.expectedSumAll(RECORDS), scan.applyAsLong(loops)));
    try (TickContenders ticks = new TickContenders(TickData.generate(RECORDS))) {
      require("W1i varHandleIndex", TickData.expectedSumAll(RECORDS), ticks.varHandle().sumAllIndexed(RECORDS));
    }
    byte[] expected = TickData.generate(RECORDS);
    RecordArrayLoops.FILLS.forEach((name, fill) -> {
      byte[] memory = new byte[expected.length];
      fill.accept(new RecordArrayLoops(TickView.array(memory)));
      if (!Arrays.equals(expected, memory)) {
        throw new IllegalStateException("W1iw " + name + " wrote other bytes");
      }
    });
    return RecordArrayLoops.SCANS.size();
  }

  /**
   * W6 and W7: every scan gives the W1 sum of the file, every bandwidth baseline its long sum; every
   * column sum of the {@code .npy} file the W1c sum, every open its record count.
   */
  private static int checkFiles() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("structview-agreement");
      Path file = TickFiles.ensure(dir, FILE_RECORDS);
      try (FileContenders files = new FileContenders(file, FILE_WINDOW);
           NpyContenders npy = new NpyContenders(NpyFiles.ensure(dir, FILE_RECORDS), FILE_WINDOW)) {
        long sum = TickData.expectedSumAll(FILE_RECORDS);
        files.scans().forEach((name, scan) -> require("W6 " + name, sum, scan.getAsLong()));
        long longs = TickFiles.longSum(TickData.generate(FILE_RECORDS));
        files.bandwidths().forEach((name, scan) -> require("W6 " + name, longs, scan.getAsLong()));
        long ids = TickData.expectedSumIds(FILE_RECORDS);
        npy.columnSums().forEach((name, scan) -> require("W7 " + name, ids, scan.getAsLong()));
        npy.opens().forEach((name, open) -> require("W7 " + name, FILE_RECORDS, open.getAsLong()));
        return files.scans().size() + files.bandwidths().size() + npy.columnSums().size() + npy.opens().size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("W6 agreement file in " + dir, e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private static int checkMessages() {
    byte[] expected = MessageData.generate(MESSAGES);
    MessageContenders messages = new MessageContenders(expected.clone());
    int count = 0;
    for (MessageContender c : messages.all()) {
      require(c.name() + " W2 decode", MessageData.expectedSum(MESSAGES), c.decodeAll(MESSAGES));
      MessageContenders fresh = new MessageContenders(new byte[expected.length]);
      MessageContender same = fresh.all().get(count);
      same.encodeAll(MESSAGES);
      if (!Arrays.equals(expected, fresh.memoryOf(same))) {
        throw new IllegalStateException(c.name() + " W2 encode wrote other bytes");
      }
      count++;
    }
    return count;
  }

  private static void require(String what, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
    }
  }
}
