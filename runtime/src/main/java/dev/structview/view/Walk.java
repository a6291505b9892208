package dev.structview.view;

import dev.structview.memory.ByteStore;
import dev.structview.memory.RecordWindows;
import java.util.Arrays;

/**
 * Where a {@link RecordCursor} is in its array: the records in row-major order, cut into runs that
 * a loop walks with an {@code int} index. A run is records of one row (the last dimension) that lie
 * in one store ({@link RecordWindows}) with a stride that fits an {@code int}: for an array of at
 * most 2 GiB, the whole of each row. A cursor's {@link CursorRun} copies the current run into its
 * own fields and calls here only between runs, from its checked {@code next(int)}.
 */
final class Walk {
  private final RecordWindows windows;
  private final long size;
  private final long stride;
  private final long extent;

  // The current run, which the cursor takes.
  ByteStore store;
  int index;
  int step;
  int run;

  /** The byte position of the record after the run in its row. */
  private long rowNext;
  /** How many records of the row follow the run. */
  private long rowLeft;
  /** The odometer over the dimensions before the last, or {@code null} for one dimension. */
  private IndexCursor rows;
  private long[] carries;
  private long rowStart;
  private long rowsLeft;

  private Walk(RecordWindows windows, long size, long stride, long extent) {
    this.windows = windows;
    this.size = size;
    this.stride = stride;
    this.extent = extent;
  }

  /** A walk over every record of a layout, at the first. */
  static Walk of(RecordWindows windows, ViewLayout l) {
    if (l.hasZeroExtent()) {
      return new Walk(windows, l.itemsize, 0, 0);
    }
    if (l.ndim == 0) {
      // One record, as a 0-d NumPy array's flat iterator gives one element (size() counts it).
      Walk w = new Walk(windows, l.itemsize, l.itemsize, 1);
      w.rowStart = l.offset;
      w.begin(l.offset, 1);
      return w;
    }
    int last = l.ndim - 1;
    Walk w = new Walk(windows, l.itemsize, l.strides[last], l.shape[last]);
    if (l.ndim > 1) {
      w.rows = new IndexCursor(Arrays.copyOf(l.shape, last), false);
      w.carries = w.rows.carries(Arrays.copyOf(l.strides, last));
      w.rowsLeft = l.nbytes / l.itemsize / w.extent - 1;
    }
    w.rowStart = l.offset;
    w.begin(l.offset, w.extent);
    return w;
  }

  /** Returns a walk at the same place, which advances on its own. */
  Walk copy() {
    Walk w = new Walk(windows, size, stride, extent);
    w.store = store;
    w.index = index;
    w.step = step;
    w.run = run;
    w.rowNext = rowNext;
    w.rowLeft = rowLeft;
    w.rows = rows == null ? null : rows.copy();
    w.carries = carries;
    w.rowStart = rowStart;
    w.rowsLeft = rowsLeft;
    return w;
  }

  /** Whether another run follows the current one. */
  boolean hasMoreRuns() {
    return rowLeft > 0 || rowsLeft > 0;
  }

  /** Starts a run at byte {@code position}, with {@code count} records of the row from there on. */
  private void begin(long position, long count) {
    store = windows.store(position);
    index = windows.index(position);
    boolean narrow = stride >= Integer.MIN_VALUE && stride <= Integer.MAX_VALUE;
    step = narrow ? (int) stride : 0;
    long n = Math.min(count, narrow ? Math.min(windows.fit(position, stride, size), Integer.MAX_VALUE) : 1);
    run = (int) n;
    rowNext = position + n * stride;
    rowLeft = count - n;
  }

  /** Moves to the next run, of this row or the next; only when {@link #hasMoreRuns()}. */
  void advance() {
    if (rowLeft == 0) {
      rowsLeft--;
      rowStart += carries[rows.next()];
      rowNext = rowStart;
      rowLeft = extent;
    }
    begin(rowNext, rowLeft);
  }

  /**
   * Splits a 1-D walk whose current run has {@code left} records left, not yet visited: returns
   * a walk over the first half of what remains and moves this one past it, or returns {@code null}
   * for an N-d walk or fewer than two records.
   */
  Walk split(int left) {
    long remaining = left + rowLeft;
    if (rows != null || remaining < 2) {
      return null;
    }
    long position = rowNext - left * stride; // the next record's
    long half = remaining / 2;
    Walk prefix = new Walk(windows, size, stride, half);
    prefix.begin(position, half);
    begin(position + half * stride, remaining - half);
    return prefix;
  }

  /** Returns how many records remain when the current run has {@code left} left. */
  long estimateSize(int left) {
    return left + rowLeft + rowsLeft * extent;
  }
}
