package dev.structview.bench.messages;

import dev.structview.bench.data.MessageData;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-written Java over a little-endian {@link ByteBuffer} with absolute gets and puts. */
public final class ByteBufferMessages implements MessageContender {
  private static final int SIZE = MessageData.SIZE;

  private final String name;
  private final ByteBuffer buffer;

  ByteBufferMessages(String name, ByteBuffer buffer) {
    this.name = name;
    this.buffer = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void encodeAll(int count) {
    ByteBuffer b = buffer;
    for (int i = 0; i < count; i++) {
      long seed = MessageData.seed(i);
      int o = i * SIZE;
      b.putLong(o, MessageData.u0(seed));
      b.putLong(o + 8, MessageData.u1(seed));
      b.putLong(o + 16, MessageData.s(seed, 0));
      b.putLong(o + 24, MessageData.s(seed, 1));
      b.putLong(o + 32, MessageData.s(seed, 2));
      b.putLong(o + 40, MessageData.s(seed, 3));
      b.putInt(o + 48, MessageData.i0(seed));
      b.putInt(o + 52, (int) MessageData.u2(seed));
      b.putShort(o + 56, (short) MessageData.h0(seed));
      b.putShort(o + 58, (short) MessageData.h1(seed));
      b.put(o + 60, (byte) MessageData.b0(seed));
      b.put(o + 61, (byte) MessageData.b1(seed));
      b.put(o + 62, (byte) MessageData.b2(seed));
    }
  }

  @Override
  public long decodeAll(int count) {
    ByteBuffer b = buffer;
    long sum = 0;
    for (int o = 0, end = count * SIZE; o < end; o += SIZE) {
      sum += b.getLong(o) + b.getLong(o + 8) + b.getLong(o + 16) + b.getLong(o + 24) + b.getLong(o + 32)
          + b.getLong(o + 40) + b.getInt(o + 48) + (b.getInt(o + 52) & 0xFFFF_FFFFL) + (b.getShort(o + 56) & 0xFFFF)
          + (b.getShort(o + 58) & 0xFFFF) + (b.get(o + 60) & 0xFF) + (b.get(o + 61) & 0xFF) + (b.get(o + 62) & 0xFF);
    }
    return sum;
  }
}
