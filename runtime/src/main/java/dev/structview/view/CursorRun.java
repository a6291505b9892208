package dev.structview.view;

import dev.structview.memory.ByteStore;
import dev.structview.memory.RecordWindows;
import java.util.NoSuchElementException;

/**
 * What a {@link RecordCursor} knows between runs: the current run (its store, where its counter 0
 * would lie, its step, where its unchecked records end) and the walk and blocks behind it. Not
 * API: generated cursors read it in {@code next()}, and its signatures may change between
 * releases.
 *
 * <p>Why apart from the cursor: a for-each loop keeps its cursor's counter in a register only if
 * no call left out of line receives the cursor. The move to the next run is such a call, rare but
 * compiled where it is taken at all (an array past 2 GiB takes it at each window, an N-d array at
 * each row), and a cursor handed to it was an object in memory, read and written at every record:
 * a for-each over a 5 GiB mapping ran at a quarter of the speed of one over 1 GiB (BENCHMARKS.md,
 * W6). So that call receives this object, and the cursor keeps only its counter and its end
 * (the loop still reads the store's own state at every record there, the store not being the same
 * object before and after the call).
 *
 * <p>The counter counts bytes of records, {@code unit} (the record size) per record: a run's
 * record at counter {@code d} lies at {@code origin + (d / unit) * step} in {@link #store()} (int
 * arithmetic, which wraps back into range), which for a contiguous run is {@code origin + d}: the
 * loop's counter plus an invariant, whose bounds checks JDK 17 hoists (it does not for
 * {@code counter * 7}, which it rewrites as {@code (counter << 3) - counter}). An array past 2^31
 * records, or whose records' bytes pass 2^31, is counted in blocks that reuse the counter's range.
 */
public final class CursorRun {
  private final MemoryView owner;
  /** The record size, which may be 0. */
  private final int size;
  /** The counter's step per record: the record size, or 1 for records of no bytes. */
  private final int unit;
  /** The most records one block counts. */
  private final int block;
  /** Whether cursors share this run, which then never moves: see {@link #share()}. */
  private boolean shared;
  private Walk walk;
  /** Whether the walk has more runs than the current one: a copy must then have a walk of its own. */
  private boolean runs;
  /** How many records follow this block. */
  private long after;
  /** The counter at which the current run ends; past {@link #count} when it goes on in the next block. */
  private long runStop;
  /** The counter's end: the record size times the records of this block. */
  private int count;
  /** The counter after the last {@link #next(int)}. */
  private int done;
  private ByteStore store;
  private int origin;
  private int step;
  private int end;

  private CursorRun(MemoryView owner, int size, int unit, int block) {
    this.owner = owner;
    this.size = size;
    this.unit = unit;
    this.block = block;
  }

  /**
   * Starts a walk over every record of an array's layout, for records of {@code size} bytes,
   * counted in blocks of at most {@code block} records (fewer when their bytes would not fit the
   * {@code int} counter).
   */
  static CursorRun start(MemoryView owner, RecordWindows windows, ViewLayout l, int size, int block) {
    int unit = Math.max(1, size);
    // The counter stays at most Integer.MAX_VALUE, also one record past a block's end.
    CursorRun r = new CursorRun(owner, size, unit, Math.max(1, Math.min(block, Integer.MAX_VALUE / unit - 1)));
    r.walk = Walk.of(windows, l);
    r.take();
    return r;
  }

  /**
   * Marks this run as shared by the cursors that copy one started cursor: each of them takes a copy
   * of its own when it first moves past the run ({@link #owned()}), so that a loop that never does,
   * a whole array of at most 2 GiB, copies nothing.
   */
  CursorRun share() {
    shared = true;
    return this;
  }

  /**
   * Returns this run, or a copy of it that moves on its own if it is shared: what a cursor calls
   * before {@link #next(int)} and before a split.
   */
  public CursorRun owned() {
    return shared ? copy() : this;
  }

  private CursorRun copy() {
    CursorRun r = new CursorRun(owner, size, unit, block);
    r.walk = runs ? walk.copy() : walk;
    r.runs = runs;
    r.after = after;
    r.runStop = runStop;
    r.count = count;
    r.done = done;
    r.store = store;
    r.origin = origin;
    r.step = step;
    r.end = end;
    return r;
  }

  /** Returns the store of the current run. */
  public ByteStore store() {
    return store;
  }

  /** Returns where the record at counter {@code 0} of the current run would be in {@link #store()}. */
  public int origin() {
    return origin;
  }

  /** Returns the stride of the current run in bytes, when it fits an {@code int}; runs of wider strides have one record. */
  public int step() {
    return step;
  }

  /**
   * Returns the counter below which the next record is in the current run and is not the last of a
   * block that another follows: {@code next()} may hand it out without a check.
   */
  public int end() {
    return end;
  }

  /** Returns the counter's end for the current block, which a walk never changes. */
  public int count() {
    return count;
  }

  /** Returns the counter after the last {@link #next(int)}. */
  public int done() {
    return done;
  }

  /** Returns whether the array was released, by a plain read that a loop reads once. */
  public boolean released() {
    return owner.releasedHint();
  }

  /**
   * Moves past the record at counter {@code d} by the checked path, which also moves to the next
   * run and the next block: returns its index in {@link #store()} (read the store after this call)
   * and leaves the counter that follows it in {@link #done()}. Only on a run {@link #owned()}
   * returned.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was closed
   */
  public int next(int d) {
    if (d >= count) {
      throw new NoSuchElementException("no more records");
    }
    if (owner.releasedHint()) {
      throw new IllegalStateException("operation forbidden on released memoryview object");
    }
    if (d >= runStop) {
      walk.advance();
      run(d);
    }
    int index = store.checkRecord(origin + d / unit * step, size);
    done = d + unit;
    if (done == count && after > 0) {
      nextBlock();
    }
    return index;
  }

  /**
   * Splits off the first half of what remains of a 1-D walk whose counter is at {@code d}: returns
   * a run over it, started, and starts this one after it; or returns {@code null} for an N-d walk
   * or fewer than two records, leaving this one as it was. Only on a run {@link #owned()} returned.
   */
  CursorRun split(int d) {
    Walk w = runs ? walk : walk.copy();
    // The records of the current run not yet visited: at most a run's, which fit an int.
    Walk prefix = w.split((int) (Math.max(0, runStop - d) / unit));
    if (prefix == null) {
      return null;
    }
    walk = w;
    take();
    CursorRun first = new CursorRun(owner, size, unit, block);
    first.walk = prefix;
    first.take();
    return first;
  }

  /** Returns how many records remain when the counter is at {@code d}. */
  long remaining(int d) {
    return (count - d) / unit + after;
  }

  /** Starts afresh at the walk's current run, which no record of has been visited. */
  private void take() {
    Walk w = walk;
    long total = w.estimateSize(w.run);
    long records = Math.min(total, block);
    count = (int) records * unit;
    after = total - records;
    done = 0;
    run(0);
  }

  /** Takes the walk's current run, whose first record is at counter {@code d}. */
  private void run(int d) {
    Walk w = walk;
    store = w.store;
    step = w.step;
    origin = w.index - d / unit * w.step;
    runStop = d + (long) w.run * unit;
    runs = w.hasMoreRuns();
    end = uncheckedEnd();
  }

  private int uncheckedEnd() {
    // The last record of a block that another follows goes through next()'s checked path, which
    // moves to the next block.
    return (int) Math.min(runStop, after > 0 ? count - unit : count);
  }

  /**
   * Moves to the next block, after the last record of this one: the count stays, and the last
   * block, which may be shorter, starts part of the way, so that a loop's {@code done < count}
   * never sees count change.
   */
  private void nextBlock() {
    int n = (int) Math.min(after, count / unit);
    int skipped = count - n * unit;
    origin += n * step;
    runStop -= count - skipped;
    done = skipped;
    after -= n;
    end = uncheckedEnd();
  }
}
