package dev.structview.bench.messages;

import dev.structview.bench.data.MessageData;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Hand-written Java 17 over a {@code byte[]}: little-endian byte-array view VarHandles, no range checks. */
public final class VarHandleMessages implements MessageContender {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int SIZE = MessageData.SIZE;

  private final byte[] bytes;

  VarHandleMessages(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public String name() {
    return "varHandle";
  }

  @Override
  public void encodeAll(int count) {
    byte[] b = bytes;
    for (int i = 0; i < count; i++) {
      long seed = MessageData.seed(i);
      int o = i * SIZE;
      LONG.set(b, o, MessageData.u0(seed));
      LONG.set(b, o + 8, MessageData.u1(seed));
      LONG.set(b, o + 16, MessageData.s(seed, 0));
      LONG.set(b, o + 24, MessageData.s(seed, 1));
      LONG.set(b, o + 32, MessageData.s(seed, 2));
      LONG.set(b, o + 40, MessageData.s(seed, 3));
      INT.set(b, o + 48, MessageData.i0(seed));
      INT.set(b, o + 52, (int) MessageData.u2(seed));
      SHORT.set(b, o + 56, (short) MessageData.h0(seed));
      SHORT.set(b, o + 58, (short) MessageData.h1(seed));
      b[o + 60] = (byte) MessageData.b0(seed);
      b[o + 61] = (byte) MessageData.b1(seed);
      b[o + 62] = (byte) MessageData.b2(seed);
    }
  }

  @Override
  public long decodeAll(int count) {
    byte[] b = bytes;
    long sum = 0;
    for (int o = 0, end = count * SIZE; o < end; o += SIZE) {
      sum += (long) LONG.get(b, o) + (long) LONG.get(b, o + 8) + (long) LONG.get(b, o + 16)
          + (long) LONG.get(b, o + 24) + (long) LONG.get(b, o + 32) + (long) LONG.get(b, o + 40)
          + (int) INT.get(b, o + 48) + ((int) INT.get(b, o + 52) & 0xFFFF_FFFFL)
          + ((short) SHORT.get(b, o + 56) & 0xFFFF) + ((short) SHORT.get(b, o + 58) & 0xFFFF)
          + (b[o + 60] & 0xFF) + (b[o + 61] & 0xFF) + (b[o + 62] & 0xFF);
    }
    return sum;
  }
}
