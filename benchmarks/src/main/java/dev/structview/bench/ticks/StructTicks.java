package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.format.Struct;
import java.util.List;

/** structview's dynamic API, as CPython's {@code struct}: {@code unpackFrom} and {@code packInto}, boxed values. */
public final class StructTicks implements TickContender {
  private static final Struct TICK = Struct.of("<IhB");
  private static final int SIZE = TickData.SIZE;

  private final byte[] bytes;

  StructTicks(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public String name() {
    return "structUnpackFrom";
  }

  @Override
  public long sumAll(int count) {
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      List<Object> v = TICK.unpackFrom(bytes, offset);
      sum += (Long) v.get(0) + (Short) v.get(1) + (Integer) v.get(2);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    long sum = 0;
    for (int offset = 0, end = count * SIZE; offset < end; offset += SIZE) {
      sum += (Long) TICK.unpackFrom(bytes, offset).get(0);
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    for (int i = 0; i < count; i++) {
      TICK.packInto(bytes, (long) i * SIZE, TickData.id(i), TickData.delta(i), TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    long sum = 0;
    for (int index : order) {
      sum += (Long) TICK.unpackFrom(bytes, (long) index * SIZE).get(0);
    }
    return sum;
  }
}
