package dev.structview.bench.files;

import dev.structview.bench.data.TickData;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Hand-written Java 17 over a file mapped in {@link MappedByteBuffer} windows of under 2 GiB (one
 * buffer holds at most 2^31 - 1 bytes), each a whole number of records and of {@code long}s:
 * absolute little-endian getters, byte-buffer view VarHandles, and the sequential {@code long} sum
 * that is W6's bandwidth baseline on JDK 17. The JDK unmaps the windows when they are collected;
 * JDK 17 has no API to unmap them sooner.
 */
public final class MappedBufferTicks {
  /**
   * The largest window: the largest multiple of 56 (7-byte records and 8-byte longs) that a buffer
   * holds, 2,147,483,640 bytes.
   */
  public static final int MAX_WINDOW = Integer.MAX_VALUE / 56 * 56;

  private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int SIZE = TickData.SIZE;

  private final ByteBuffer[] windows;

  /**
   * Maps {@code file} read-only in windows of {@code windowBytes}, a multiple of 56.
   *
   * @throws IOException if the file cannot be mapped
   * @throws IllegalArgumentException if {@code windowBytes} is not a positive multiple of 56
   */
  public MappedBufferTicks(Path file, int windowBytes) throws IOException {
    if (windowBytes <= 0 || windowBytes % 56 != 0) {
      throw new IllegalArgumentException("windowBytes=" + windowBytes + ": expected a positive multiple of 56");
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      windows = new ByteBuffer[(int) ((size + windowBytes - 1) / windowBytes)];
      for (int k = 0; k < windows.length; k++) {
        long start = (long) k * windowBytes;
        windows[k] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(windowBytes, size - start))
            .order(ByteOrder.LITTLE_ENDIAN);
      }
    }
  }

  /** W6 with {@code getInt}, {@code getShort} and {@code get} at absolute offsets. */
  public long sumAll() {
    long sum = 0;
    for (ByteBuffer w : windows) {
      sum += sumAll(w);
    }
    return sum;
  }

  private static long sumAll(ByteBuffer b) {
    long sum = 0;
    for (int offset = 0, end = b.limit(); offset < end; offset += SIZE) {
      sum += (b.getInt(offset) & 0xFFFF_FFFFL) + b.getShort(offset + 4) + (b.get(offset + 6) & 0xFF);
    }
    return sum;
  }

  /**
   * W6 in one loop over every record of the file, which moves to the next window when it leaves
   * one: the shape of any iterator over JDK 17's buffers, where a for-each is one loop. The window
   * changes inside the loop, so what the accesses check of it (its address, its limit) is read
   * again at every record, where {@link #sumAll()}'s loop per window reads it once.
   */
  public long sumOneLoop() {
    ByteBuffer[] w = windows;
    if (w.length == 0) {
      return 0;
    }
    int k = 0;
    ByteBuffer b = w[0];
    int limit = b.limit();
    long sum = 0;
    for (int offset = 0; ; offset += SIZE) {
      if (offset >= limit) { // every window ends: the loop moves on past it, whatever its limit
        if (++k == w.length) {
          return sum;
        }
        b = w[k];
        limit = b.limit();
        offset = 0;
      }
      sum += (b.getInt(offset) & 0xFFFF_FFFFL) + b.getShort(offset + 4) + (b.get(offset + 6) & 0xFF);
    }
  }

  /** W6 with little-endian byte-buffer view VarHandles (and {@code get} for the byte). */
  public long sumAllVarHandle() {
    long sum = 0;
    for (ByteBuffer w : windows) {
      sum += sumAllVarHandle(w);
    }
    return sum;
  }

  private static long sumAllVarHandle(ByteBuffer b) {
    long sum = 0;
    for (int offset = 0, end = b.limit(); offset < end; offset += SIZE) {
      sum += ((int) INT.get(b, offset) & 0xFFFF_FFFFL) + (short) SHORT.get(b, offset + 4) + (b.get(offset + 6) & 0xFF);
    }
    return sum;
  }

  /** The bandwidth baseline: the sum of the file's little-endian {@code long}s, then of its last bytes. */
  public long sumLongs() {
    long sum = 0;
    for (ByteBuffer w : windows) {
      sum += sumLongs(w);
    }
    return sum;
  }

  private static long sumLongs(ByteBuffer b) {
    long sum = 0;
    int longs = b.limit() & ~7;
    for (int offset = 0; offset < longs; offset += Long.BYTES) {
      sum += b.getLong(offset);
    }
    for (int offset = longs; offset < b.limit(); offset++) {
      sum += b.get(offset) & 0xFF;   // only the last window has a tail: the others are multiples of 8
    }
    return sum;
  }
}
