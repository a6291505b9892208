package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import io.netty.buffer.ByteBuf;

/** Netty's {@link ByteBuf} with its little-endian absolute getters and setters, bounds checks on (its default). */
public final class NettyTicks implements TickContender {
  private static final int SIZE = TickData.SIZE;

  private final String name;
  private final ByteBuf buf;

  NettyTicks(String name, ByteBuf buf) {
    this.name = name;
    this.buf = buf;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns the buffer, to compare its bytes. */
  public ByteBuf buf() {
    return buf;
  }

  @Override
  public long sumAll(int count) {
    ByteBuf b = buf;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += b.getUnsignedIntLE(offset) + b.getShortLE(offset + 4) + b.getUnsignedByte(offset + 6);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    ByteBuf b = buf;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += b.getUnsignedIntLE(offset);
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    ByteBuf b = buf;
    for (int i = 0; i < count; i++) {
      int offset = i * SIZE;
      b.setIntLE(offset, (int) TickData.id(i));
      b.setShortLE(offset + 4, TickData.delta(i));
      b.setByte(offset + 6, TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    ByteBuf b = buf;
    long sum = 0;
    for (int index : order) {
      sum += b.getUnsignedIntLE(index * SIZE);
    }
    return sum;
  }
}
