package dev.structview.bench.ticks;

import dev.structview.bench.records.TickView;
import dev.structview.view.RecordArray;

/**
 * W8's scans of the direct buffer in code of their own: the loops of {@link RecordArrayLoops} and
 * {@link GeneratedTicks}, copied, so that their call sites are not the ones the heap scans then
 * run. A program that reads one kind of memory in one loop and another kind in another loop
 * shares only the view's and the runtime's code between them: this is what W8's {@code apart}
 * measures. The copies are the point; do not call the originals from here.
 */
public final class DirectScans {
  private final RecordArray<TickView> records;
  private final TickView view;

  /** Scans {@code records}, and {@code view} moved over the same memory. */
  public DirectScans(RecordArray<TickView> records, TickView view) {
    this.records = records;
    this.view = view;
  }

  /** Runs each scan once; returns their sums' sum, to keep the JIT from dropping them. */
  public long scanAll() {
    return forEach() + forEachLambda() + moveToIndex() + stream() + moveTo();
  }

  private long forEach() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  private long forEachLambda() {
    long[] sum = {0};
    records.forEach(t -> sum[0] += t.id() + t.delta() + t.flags());
    return sum[0];
  }

  private long moveToIndex() {
    TickView t = null;
    long sum = 0;
    for (int i = 0, n = (int) records.length(); i < n; i++) {
      t = records.moveTo(t, i);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  private long stream() {
    return records.stream().mapToLong(t -> t.id() + t.delta() + t.flags()).sum();
  }

  private long moveTo() {
    TickView t = view;
    long sum = 0;
    int end = (int) records.length() * TickView.SIZE;
    for (int offset = 0; offset < end; offset += TickView.SIZE) {
      t.moveTo(offset);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }
}
