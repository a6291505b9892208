package dev.structview.bench.ticks;

import dev.structview.bench.data.TickData;
import dev.structview.bench.records.TickView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Every way {@link RecordArray} offers to visit all its records, each written as a user would write
 * it, over the whole array: what W1i (scan) and W1iw (write) compare with the view's own
 * {@code moveTo} loop ({@link GeneratedTicks}). Unlike {@link RecordArrayTicks}, no loop counts
 * records to stop early: the array is exactly the records to visit.
 */
public final class RecordArrayLoops {
  /** The scans by W1i benchmark name: each returns the W1 sum of the records. */
  public static final Map<String, ToLongFunction<RecordArrayLoops>> SCANS = Map.of(
      "forEach", RecordArrayLoops::sumForEach,
      "forEachLambda", RecordArrayLoops::sumForEachLambda,
      "forEachReversed", RecordArrayLoops::sumForEachReversed,
      "getIndex", RecordArrayLoops::sumGet,
      "moveToIndex", RecordArrayLoops::sumMoveTo,
      "moveMade", RecordArrayLoops::sumMoveMade,
      "stream", RecordArrayLoops::sumStream);
  /** The writes by W1iw benchmark name: each writes TickData's records over the array. */
  public static final Map<String, Consumer<RecordArrayLoops>> FILLS = Map.of(
      "forEach", RecordArrayLoops::fillForEach,
      "forEachLambda", RecordArrayLoops::fillForEachLambda,
      "moveToIndex", RecordArrayLoops::fillMoveTo);

  private final RecordArray<TickView> records;

  /** Visits every record of {@code records}. */
  public RecordArrayLoops(RecordArray<TickView> records) {
    this.records = records;
  }

  /** W1 scan with a for-each loop (the iterator hands out a view per record). */
  public long sumForEach() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /**
   * W1 scan with a for-each over the array reversed, {@code slice(Slice.of(null, null, -1L))}: a
   * walk whose records are not the record size apart (the same records, so the same sum).
   */
  public long sumForEachReversed() {
    long sum = 0;
    try (RecordArray<TickView> reversed = records.slice(Slice.of(null, null, -1L))) {
      for (TickView t : reversed) {
        sum += t.id() + t.delta() + t.flags();
      }
    }
    return sum;
  }

  /** W1 scan with {@link RecordArray#forEach} and a lambda, adding into a one-element array. */
  public long sumForEachLambda() {
    long[] sum = {0};
    records.forEach(t -> sum[0] += t.id() + t.delta() + t.flags());
    return sum[0];
  }

  /**
   * W1 scan with one view moved by {@link RecordArray#moveTo(Object, long)} in a counted loop; an
   * {@code int} loop (an array over a {@code byte[]} has fewer than 2^31 records), as the view's own
   * {@code moveTo} loop has, widened at the call.
   */
  public long sumMoveTo() {
    TickView t = null;
    long sum = 0;
    for (int i = 0, n = (int) records.length(); i < n; i++) {
      t = records.moveTo(t, i);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /**
   * W1 scan with {@link RecordArray#get(long)} in a counted loop, a view per record: the indexed loop a
   * user writes first, whose views the JIT removes when the loop keeps none.
   */
  public long sumGet() {
    long sum = 0;
    for (int i = 0, n = (int) records.length(); i < n; i++) {
      TickView t = records.get(i);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** W1 scan with one view made by {@code get(0)} and moved by {@link RecordArray#moveTo(Object, long)}. */
  public long sumMoveMade() {
    int n = (int) records.length();
    if (n == 0) {
      return 0;
    }
    TickView t = records.get(0);
    long sum = 0;
    for (int i = 0; i < n; i++) {
      records.moveTo(t, i);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** W1 scan with {@code stream().mapToLong(...).sum()}. */
  public long sumStream() {
    return records.stream().mapToLong(t -> t.id() + t.delta() + t.flags()).sum();
  }

  /** W1w write with a for-each loop and a record counter. */
  public void fillForEach() {
    int i = 0;
    for (TickView t : records) {
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
      i++;
    }
  }

  /** W1w write with {@link RecordArray#forEach} and a lambda, counting in a one-element array. */
  public void fillForEachLambda() {
    int[] next = {0};
    records.forEach(t -> {
      int i = next[0]++;
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
    });
  }

  /** W1w write with one view moved by {@link RecordArray#moveTo(Object, long)}, as {@link #sumMoveTo} moves it. */
  public void fillMoveTo() {
    TickView t = null;
    for (int i = 0, n = (int) records.length(); i < n; i++) {
      t = records.moveTo(t, i);
      t.id(TickData.id(i));
      t.delta(TickData.delta(i));
      t.flags(TickData.flags(i));
    }
  }
}
