package dev.structview.bench.files;

import dev.structview.bench.records.TickView;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.nio.file.Path;
import java.util.List;

/**
 * structview's {@link MemoryView} of a mapped file's records, format {@code "<IhB"}, read with
 * {@code get(i)} (each record a new list of boxed values, as CPython's memoryview returns it). The
 * view is made over {@code TickView.map(path)}: {@code MemoryView.map(path)} has format {@code "B"},
 * and {@code cast}, as CPython's, goes only to single native formats, never to {@code "<IhB"}.
 */
public final class MemoryViewFileTicks implements AutoCloseable {
  private final RecordArray<TickView> records;
  private final MemoryView view;

  /** Maps {@code file} read-only. */
  public MemoryViewFileTicks(Path file) {
    this.records = TickView.map(file);
    this.view = MemoryView.of(records);
  }

  /** W6 with {@code get(i)} per record. */
  public long sumAll() {
    long sum = 0;
    for (long i = 0, n = view.length(); i < n; i++) {
      List<?> v = (List<?>) view.get(i);
      sum += (Long) v.get(0) + (Short) v.get(1) + (Integer) v.get(2);
    }
    return sum;
  }

  /** Releases the view, then the mapping. */
  @Override
  public void close() {
    view.release();
    records.close();
  }
}
