package dev.structview.bench.files;

import dev.structview.bench.records.TickView;
import dev.structview.view.RecordArray;
import java.nio.file.Path;

/**
 * The generated view over a whole mapped file, {@code TickView.map(path)}: one record array of
 * any size (past 2 GiB, overlapping windows inside the runtime), walked by a for-each loop or by
 * {@link RecordArray#moveTo(Object, long)} at {@code long} indices.
 */
public final class MappedViewTicks implements AutoCloseable {
  private final RecordArray<TickView> records;

  /** Maps {@code file} read-only. */
  public MappedViewTicks(Path file) {
    this.records = TickView.map(file);
  }

  /** W6 with a for-each loop. */
  public long sumForEach() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** W6 with one view moved to each {@code long} index. */
  public long sumMoveTo() {
    TickView t = null;
    long sum = 0;
    for (long i = 0, n = records.length(); i < n; i++) {
      t = records.moveTo(t, i);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** Releases the mapping. */
  @Override
  public void close() {
    records.close();
  }
}
