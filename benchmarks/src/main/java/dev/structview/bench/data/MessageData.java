package dev.structview.bench.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 64-byte messages of W2, {@code "<QQqqqqiIHHBBBx"}: every field of message {@code i} is a cheap
 * function of one 64-bit {@link #seed}, so that encoding measures stores rather than arithmetic, and
 * every field is in range for its code.
 */
public final class MessageData {
  /** The size of one message. */
  public static final int SIZE = 64;

  private MessageData() {}

  /** Returns the seed of message {@code i}: a Weyl sequence, so that neighbours differ in every byte. */
  public static long seed(int i) {
    return i * 0x9E37_79B9_7F4A_7C15L;
  }

  /** Field {@code u0} ({@code Q}, raw bits). */
  public static long u0(long seed) {
    return seed;
  }

  /** Field {@code u1} ({@code Q}, raw bits). */
  public static long u1(long seed) {
    return ~seed;
  }

  /** Field {@code s0}..{@code s3} ({@code q}): the seed plus {@code k}. */
  public static long s(long seed, int k) {
    return seed + k;
  }

  /** Field {@code i0} ({@code i}). */
  public static int i0(long seed) {
    return (int) seed;
  }

  /** Field {@code u2} ({@code I}): the high half, unsigned. */
  public static long u2(long seed) {
    return seed >>> 32;
  }

  /** Field {@code h0} ({@code H}). */
  public static int h0(long seed) {
    return (int) (seed >>> 16) & 0xFFFF;
  }

  /** Field {@code h1} ({@code H}). */
  public static int h1(long seed) {
    return (int) (seed >>> 48);
  }

  /** Field {@code b0} ({@code B}). */
  public static int b0(long seed) {
    return (int) seed & 0xFF;
  }

  /** Field {@code b1} ({@code B}). */
  public static int b1(long seed) {
    return (int) (seed >>> 8) & 0xFF;
  }

  /** Field {@code b2} ({@code B}). */
  public static int b2(long seed) {
    return (int) (seed >>> 56);
  }

  /** Returns {@code count} messages, packed as {@code struct.pack("<QQqqqqiIHHBBBx", ...)} would pack them. */
  public static byte[] generate(int count) {
    ByteBuffer out = ByteBuffer.allocate(Math.multiplyExact(count, SIZE)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      long seed = seed(i);
      out.putLong(u0(seed)).putLong(u1(seed)).putLong(s(seed, 0)).putLong(s(seed, 1)).putLong(s(seed, 2))
          .putLong(s(seed, 3)).putInt(i0(seed)).putInt((int) u2(seed)).putShort((short) h0(seed))
          .putShort((short) h1(seed)).put((byte) b0(seed)).put((byte) b1(seed)).put((byte) b2(seed)).put((byte) 0);
    }
    return out.array();
  }

  /** Returns the W2 decode result: the sum of every field of the first {@code count} messages. */
  public static long expectedSum(int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      long seed = seed(i);
      sum += u0(seed) + u1(seed) + s(seed, 0) + s(seed, 1) + s(seed, 2) + s(seed, 3) + i0(seed) + u2(seed)
          + h0(seed) + h1(seed) + b0(seed) + b1(seed) + b2(seed);
    }
    return sum;
  }
}
