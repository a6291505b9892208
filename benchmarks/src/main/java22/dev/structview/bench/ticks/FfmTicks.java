package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Hand-written Java 22+ over a {@link MemorySegment} with little-endian, unaligned layout
 * VarHandles: the FFM contender, compiled only by a JDK 22 or newer into the multi-release jar. The
 * heap variant's segment wraps the shared {@code byte[]}, the direct variant's the direct buffer.
 */
public final class FfmTicks implements TickContender {
  /**
   * Returns whether this JVM runs the real FFM contender. A method, not a constant: javac would copy
   * a constant's value into its callers, and they would never see the Java 22 class's answer.
   */
  public static boolean available() {
    return true;
  }

  private static final VarHandle INT =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle SHORT =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();
  private static final long SIZE = TickData.SIZE;

  private final String name;
  private final MemorySegment segment;

  FfmTicks(String name, byte[] heap, ByteBuffer direct) {
    this.name = name;
    this.segment = direct != null ? MemorySegment.ofBuffer(direct) : MemorySegment.ofArray(heap);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long sumAll(int count) {
    MemorySegment s = segment;
    long sum = 0;
    for (long offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += ((int) INT.get(s, offset) & 0xFFFF_FFFFL) + (short) SHORT.get(s, offset + 4)
          + ((byte) BYTE.get(s, offset + 6) & 0xFF);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    MemorySegment s = segment;
    long sum = 0;
    for (long offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += (int) INT.get(s, offset) & 0xFFFF_FFFFL;
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    MemorySegment s = segment;
    for (int i = 0; i < count; i++) {
      long offset = i * SIZE;
      INT.set(s, offset, (int) TickData.id(i));
      SHORT.set(s, offset + 4, TickData.delta(i));
      BYTE.set(s, offset + 6, (byte) TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    MemorySegment s = segment;
    long sum = 0;
    for (int index : order) {
      sum += (int) INT.get(s, index * SIZE) & 0xFFFF_FFFFL;
    }
    return sum;
  }
}
