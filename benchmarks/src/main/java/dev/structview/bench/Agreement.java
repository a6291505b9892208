package dev.structview.bench;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.data.TickData;
import dev.structview.bench.messages.MessageContender;
import dev.structview.bench.messages.MessageContenders;
import dev.structview.bench.ticks.TickContender;
import dev.structview.bench.ticks.TickContenders;
import java.util.Arrays;

/**
 * Correctness before speed, in the jar itself: before any benchmark runs, every contender this JVM
 * can run (the FFM one included, which the unit tests cannot reach) must compute the same sums and
 * write the same bytes as the others, on a few thousand records.
 */
final class Agreement {
  private static final int RECORDS = 3000;
  private static final int MESSAGES = 300;

  private Agreement() {}

  /**
   * Checks every contender of every workload.
   *
   * @return a one-line summary
   * @throws IllegalStateException naming the first contender that disagrees
   */
  static String check() {
    TickContenders ticks = new TickContenders(TickData.generate(RECORDS));
    int[] order = TickData.shuffledIndices(RECORDS, 42);
    byte[] expected = TickData.generate(RECORDS);
    int count = 0;
    for (TickContender c : ticks.all()) {
      require(c.name() + " W1", TickData.expectedSumAll(RECORDS), c.sumAll(RECORDS));
      require(c.name() + " W1c", TickData.expectedSumIds(RECORDS), c.sumIds(RECORDS));
      require(c.name() + " W3", TickData.expectedSumIds(RECORDS), c.gatherIds(order));
      count++;
    }
    for (int k = 0; k < count; k++) {
      TickContenders fresh = new TickContenders(new byte[expected.length]);
      TickContender c = fresh.all().get(k);
      c.fill(RECORDS);
      if (!Arrays.equals(expected, fresh.memoryOf(c))) {
        throw new IllegalStateException(c.name() + " W1w wrote other bytes");
      }
    }
    return count + " tick contenders and " + checkMessages() + " message contenders agree";
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
