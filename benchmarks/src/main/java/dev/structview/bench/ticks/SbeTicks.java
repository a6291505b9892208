package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.bench.sbe.TickDecoder;
import dev.structview.bench.sbe.TickEncoder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * SBE's generated flyweights over Agrona's {@link UnsafeBuffer}, wrapped at each record as SBE's
 * own examples do. Bounds checks are Agrona's: on unless the JVM runs with
 * {@code -Dagrona.disable.bounds.checks=true}, which the {@code sbeUnchecked} benchmarks set.
 */
public final class SbeTicks implements TickContender {
  private static final int SIZE = TickDecoder.BLOCK_LENGTH;

  private final UnsafeBuffer buffer;
  private final TickDecoder decoder = new TickDecoder();
  private final TickEncoder encoder = new TickEncoder();

  SbeTicks(UnsafeBuffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public String name() {
    return "sbe";
  }

  @Override
  public long sumAll(int count) {
    TickDecoder d = decoder;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      d.wrap(buffer, offset, SIZE, TickDecoder.SCHEMA_VERSION);
      sum += d.id() + d.delta() + d.flags();
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    TickDecoder d = decoder;
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += d.wrap(buffer, offset, SIZE, TickDecoder.SCHEMA_VERSION).id();
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    TickEncoder e = encoder;
    for (int i = 0; i < count; i++) {
      e.wrap(buffer, i * SIZE).id(TickData.id(i)).delta(TickData.delta(i)).flags((short) TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    TickDecoder d = decoder;
    long sum = 0;
    for (int index : order) {
      sum += d.wrap(buffer, index * SIZE, SIZE, TickDecoder.SCHEMA_VERSION).id();
    }
    return sum;
  }
}
