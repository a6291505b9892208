package dev.structview.bench.files;

import dev.structview.bench.records.TickView;
import dev.structview.npy.Npy;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.nio.file.Path;

/**
 * The generated view over a whole mapped file, {@code TickView.map(path)}: one record array of
 * any size (past 2 GiB, overlapping windows inside the runtime), walked by a for-each loop or by
 * {@link RecordArray#moveTo(Object, long)} at {@code long} indices; or over a {@code .npy} file's
 * records, for W7.
 */
public final class MappedViewTicks implements AutoCloseable {
  private final RecordArray<TickView> records;
  /** The {@code .npy} view the records are over, released after them; or null. */
  private final MemoryView npy;

  /** Maps {@code file} read-only. */
  public MappedViewTicks(Path file) {
    this.records = TickView.map(file);
    this.npy = null;
  }

  private MappedViewTicks(MemoryView npy) {
    this.npy = npy;
    try {
      this.records = TickView.array(npy);
    } catch (RuntimeException e) {
      npy.release();
      throw e;
    }
  }

  /**
   * Maps a {@code .npy} file of {@code <IhB} records read-only, {@code TickView.array(Npy.map(file))}:
   * NumPy's format {@code "T{=I:id:h:delta:B:flags:}"} has the view's values at the view's offsets.
   */
  public static MappedViewTicks npy(Path file) {
    return new MappedViewTicks(Npy.map(file));
  }

  /** W6 with a for-each loop. */
  public long sumForEach() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** W6 with {@code stream().mapToLong(...).sum()}, as the README sums a big file. */
  public long sumStream() {
    return records.stream().mapToLong(t -> t.id() + t.delta() + t.flags()).sum();
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

  /** W7's column, the sum of the ids, with a for-each loop. */
  public long sumIdsForEach() {
    long sum = 0;
    for (TickView t : records) {
      sum += t.id();
    }
    return sum;
  }

  /** W7's column, the sum of the ids, as the README sums a column: a stream. */
  public long sumIdsStream() {
    return records.stream().mapToLong(TickView::id).sum();
  }

  /** Returns how many records there are. */
  public long length() {
    return records.length();
  }

  /** Releases the mapping: the records, then the {@code .npy} view under them. */
  @Override
  public void close() {
    records.close();
    if (npy != null) {
      npy.release();
    }
  }
}
