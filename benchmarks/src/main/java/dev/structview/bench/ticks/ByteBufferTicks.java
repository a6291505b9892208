package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-written Java over a little-endian {@link ByteBuffer} (heap or direct) with absolute gets and puts. */
public final class ByteBufferTicks implements TickContender {
  private static final int SIZE = TickData.SIZE;

  private final String name;
  private final ByteBuffer buffer;

  ByteBufferTicks(String name, ByteBuffer buffer) {
    this.name = name;
    this.buffer = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long sumAll(int count) {
    ByteBuffer b = buffer;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += (b.getInt(offset) & 0xFFFF_FFFFL) + b.getShort(offset + 4) + (b.get(offset + 6) & 0xFF);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    ByteBuffer b = buffer;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += b.getInt(offset) & 0xFFFF_FFFFL;
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    ByteBuffer b = buffer;
    for (int i = 0; i < count; i++) {
      int offset = i * SIZE;
      b.putInt(offset, (int) TickData.id(i));
      b.putShort(offset + 4, TickData.delta(i));
      b.put(offset + 6, (byte) TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    ByteBuffer b = buffer;
    long sum = 0;
    for (int index : order) {
      sum += b.getInt(index * SIZE) & 0xFFFF_FFFFL;
    }
    return sum;
  }
}
