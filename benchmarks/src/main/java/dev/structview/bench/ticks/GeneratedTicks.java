package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.bench.records.TickView;

/** The generated view, moved from record to record with {@code moveTo}: the way the README reads many. */
public final class GeneratedTicks implements TickContender {
  private final String name;
  private final TickView view;

  GeneratedTicks(String name, TickView view) {
    this.name = name;
    this.view = view;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long sumAll(int count) {
    TickView t = view;
    long sum = 0;
    for (int offset = 0, end = count * TickView.SIZE; offset < end; offset += TickView.SIZE) {
      t.moveTo(offset);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    TickView t = view;
    long sum = 0;
    for (int offset = 0, end = count * TickView.SIZE; offset < end; offset += TickView.SIZE) {
      sum += t.moveTo(offset).id();
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    TickView t = view;
    for (int i = 0; i < count; i++) {
      t.moveTo(i * TickView.SIZE);
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
    }
  }

  @Override
  public long gatherIds(int[] order) {
    TickView t = view;
    long sum = 0;
    for (int index : order) {
      sum += t.moveTo(index * TickView.SIZE).id();
    }
    return sum;
  }
}
