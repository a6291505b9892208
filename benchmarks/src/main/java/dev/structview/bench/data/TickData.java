package dev.structview.bench.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/**
 * The tick records every contender reads: record {@code i} holds {@link #id}, {@link #delta} and
 * {@link #flags} of {@code i}. The formulas are cheap so that W1w measures the stores, and simple so
 * that {@code benchmarks/crosslang.py} builds the very same bytes in Python.
 */
public final class TickData {
  /** The size of one {@code "<IhB"} record. */
  public static final int SIZE = 7;

  private TickData() {}

  /** Returns the id of record {@code i}: Knuth's multiplicative hash, 0..2^32-1. */
  public static long id(int i) {
    return (i * 2_654_435_761L) & 0xFFFF_FFFFL;
  }

  /** Returns the delta of record {@code i}, any short. */
  public static short delta(int i) {
    return (short) (i * 40_503);
  }

  /** Returns the flags of record {@code i}, 0..255. */
  public static int flags(int i) {
    return (i * 131 + 7) & 0xFF;
  }

  /** Returns {@code count} records, packed as {@code struct.pack("<IhB", ...)} would pack them. */
  public static byte[] generate(int count) {
    ByteBuffer out = ByteBuffer.allocate(Math.multiplyExact(count, SIZE)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      put(out, i);
    }
    return out.array();
  }

  /** Packs record {@code i} at the position of a little-endian buffer, and advances it by {@link #SIZE}. */
  public static void put(ByteBuffer out, int i) {
    out.putInt((int) id(i)).putShort(delta(i)).put((byte) flags(i));
  }

  /** Returns 0..count-1 in a shuffled order, the same for the same seed (Fisher-Yates). */
  public static int[] shuffledIndices(int count, long seed) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** Returns the W1 result: the sum of all three fields of the first {@code count} records. */
  public static long expectedSumAll(int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += id(i) + delta(i) + flags(i);
    }
    return sum;
  }

  /** Returns the W1c result: the sum of the ids of the first {@code count} records. */
  public static long expectedSumIds(int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += id(i);
    }
    return sum;
  }
}
