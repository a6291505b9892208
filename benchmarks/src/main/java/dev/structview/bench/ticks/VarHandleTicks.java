package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Hand-written Java 17 at its fastest over a {@code byte[]}: little-endian byte-array view VarHandles. */
public final class VarHandleTicks implements TickContender {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int SIZE = TickData.SIZE;

  private final byte[] bytes;

  VarHandleTicks(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public String name() {
    return "varHandle";
  }

  @Override
  public long sumAll(int count) {
    byte[] b = bytes;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += ((int) INT.get(b, offset) & 0xFFFF_FFFFL) + (short) SHORT.get(b, offset + 4) + (b[offset + 6] & 0xFF);
    }
    return sum;
  }

  /**
   * The W1 sum in a loop over record numbers, each record's offset {@code i * SIZE}: the hand-written
   * peer of {@code RecordArray.moveTo(reuse, i)} (W1i), which addresses its records the same way.
   */
  public long sumAllIndexed(int count) {
    byte[] b = bytes;
    long sum = 0;
    for (int i = 0; i < count; i++) {
      int offset = i * SIZE;
      sum += ((int) INT.get(b, offset) & 0xFFFF_FFFFL) + (short) SHORT.get(b, offset + 4) + (b[offset + 6] & 0xFF);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    byte[] b = bytes;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += (int) INT.get(b, offset) & 0xFFFF_FFFFL;
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    byte[] b = bytes;
    for (int i = 0; i < count; i++) {
      int offset = i * SIZE;
      INT.set(b, offset, (int) TickData.id(i));
      SHORT.set(b, offset + 4, TickData.delta(i));
      b[offset + 6] = (byte) TickData.flags(i);
    }
  }

  @Override
  public long gatherIds(int[] order) {
    byte[] b = bytes;
    long sum = 0;
    for (int index : order) {
      sum += (int) INT.get(b, index * SIZE) & 0xFFFF_FFFFL;
    }
    return sum;
  }
}
