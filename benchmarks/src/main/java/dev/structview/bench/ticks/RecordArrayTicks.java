package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.bench.records.TickView;
import dev.structview.view.RecordArray;

/**
 * The generated view through its {@link RecordArray}: a for-each loop (a new view per record, as
 * the iterator documents) for scans and fills, {@code moveTo(view, index)} for the gather, of a
 * view made before the loop (and, beside it, of one the loop's first move makes). The
 * workloads pass the whole array's count, and then the loop is the plain for-each a user writes;
 * a shorter count (no workload asks for one) stops early with a second test.
 */
public final class RecordArrayTicks implements TickContender {
  private final RecordArray<TickView> records;

  RecordArrayTicks(RecordArray<TickView> records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "recordArray";
  }

  @Override
  public long sumAll(int count) {
    if (count == records.length()) {
      return sumAll();
    }
    long sum = 0;
    int left = count;
    for (TickView t : records) {
      if (left-- == 0) {
        break;
      }
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  private long sumAll() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  @Override
  public long sumIds(int count) {
    if (count == records.length()) {
      return sumIds();
    }
    long sum = 0;
    int left = count;
    for (TickView t : records) {
      if (left-- == 0) {
        break;
      }
      sum += t.id();
    }
    return sum;
  }

  private long sumIds() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id();
    }
    return sum;
  }

  @Override
  public void fill(int count) {
    if (count == records.length()) {
      fill();
      return;
    }
    int i = 0;
    for (TickView t : records) {
      if (i == count) {
        break;
      }
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
      i++;
    }
  }

  private void fill() {
    int i = 0;
    for (TickView t : records) {
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
      i++;
    }
  }

  /** W3 with one view, made before the loop as {@link RecordArray#moveTo(Object, long...)} advises, moved to each index. */
  @Override
  public long gatherIds(int[] order) {
    if (order.length == 0) {
      return 0;
    }
    TickView t = records.get(order[0]);
    long sum = 0;
    for (int index : order) {
      sum += records.moveTo(t, index).id();
    }
    return sum;
  }

  /** W3 with a view that starts as null and is made by the loop's first move, the way the javadoc advises against. */
  public long gatherIdsFromNull(int[] order) {
    TickView reuse = null;
    long sum = 0;
    for (int index : order) {
      reuse = records.moveTo(reuse, index);
      sum += reuse.id();
    }
    return sum;
  }
}
