package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.view.MemoryView;
import java.util.List;

/** {@link MemoryView} items of format {@code "<IhB"}: {@code get(i)} returns each record as a list, as CPython's memoryview would. */
public final class MemoryViewTicks implements TickContender {
  private final MemoryView view;

  MemoryViewTicks(MemoryView view) {
    this.view = view;
  }

  @Override
  public String name() {
    return "memoryViewGet";
  }

  @Override
  public long sumAll(int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      List<?> v = (List<?>) view.get(i);
      sum += (Long) v.get(0) + (Short) v.get(1) + (Integer) v.get(2);
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += (Long) ((List<?>) view.get(i)).get(0);
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    for (int i = 0; i < count; i++) {
      view.set(List.of(TickData.id(i), TickData.delta(i), TickData.flags(i)), i);
    }
  }

  @Override
  public long gatherIds(int[] order) {
    long sum = 0;
    for (int index : order) {
      sum += (Long) ((List<?>) view.get(index)).get(0);
    }
    return sum;
  }
}
