package dev.structview.view;

import dev.structview.internal.Require;
import dev.structview.memory.ByteStore;
import dev.structview.memory.RecordWindows;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Visits the records of a {@link RecordArray} in row-major order, one new view each: the iterator,
 * spliterator and {@code forEach} of an array. For generated code: each view type has its own
 * final subclass ({@code TickView.Cursor}), made by its {@link RecordType#cursor()}; not API.
 *
 * <p>Why a subclass per type: a loop over an array calls {@link #next()}, which makes a view. With
 * one shared iterator class, that call to the record type would see every type an application
 * iterates and stop being inlined, and each view would be a real allocation. With one class per
 * type, the loop's {@code next()} call sees one class, the JIT inlines {@link #at} into it, and
 * escape analysis removes the view: a for-each runs as fast as a view moved by hand.
 *
 * <p>Why the counter is fixed: see the fields. An array past 2^31 records, or whose records' bytes
 * pass 2^31, is counted in blocks; the last record of each takes {@code next()}'s checked path.
 *
 * <p>A cursor checks that its array is open when it starts and between records, with a plain read
 * that costs nothing in a loop; releasing the array from another thread while it iterates is a
 * race it does not detect.
 *
 * @param <V> the generated view class
 */
public abstract class RecordCursor<V> implements Iterator<V>, Spliterator<V> {
  private static final int CHARACTERISTICS = ORDERED | SIZED | SUBSIZED | NONNULL;

  // The loop's state. A for-each over a cursor is one loop in the caller's code, so its exit test
  // must be `done < count` with a count the loop never changes: then C2 compiles it as a counted
  // loop (unrolled, bounds checks hoisted) and keeps the scalar-replaced cursor in registers. A
  // path in hasNext() that could change count (the next run of an N-d array, or of a mapping past
  // 2 GiB) is reached once per loop, too rarely for the profile to call it cold, so C2 compiles
  // it and the loop stops being counted (4.5x the moveTo loop's time, BENCHMARKS.md). So count
  // is fixed, and the next run is taken in next(), behind a test (done >= runEnd) that a
  // single-run array never takes, which C2 turns into a trap.
  //
  // The counter counts bytes of records, `unit` (the record size) per record: the generated
  // next() then places record `done` of a contiguous run at origin + done, and the accesses'
  // index is the loop's counter plus an invariant, whose bounds checks JDK 17 hoists too (it
  // does not for counter * 7, which it rewrites as (counter << 3) - counter).
  //
  // Protected, for the generated subclasses' next(): the record at counter d lies at
  // origin + (d / unit) * step in store (int arithmetic, which wraps back into range), and
  // records before runEnd may be handed out without a check.
  private MemoryView owner;
  private Walk walk;
  /** The record size, which may be 0. */
  private int size;
  /** The counter's step per record: the record size, or 1 for records of no bytes. */
  private int unit;
  /** The most records one block counts. */
  private int block;
  /** How many records follow this block. */
  private long after;
  /** The counter at which the current run ends; past {@link #count} when it goes on in the next block. */
  private long runStop;
  /** Whether the walk has more runs than the current one: a copy must then have a walk of its own. */
  private boolean runs;
  /** The store of the current run. */
  protected ByteStore store;
  /** Where the record at counter {@code 0} of the current run would be. */
  protected int origin;
  /** The stride in bytes, when it fits an {@code int}; runs of wider strides have one record. */
  protected int step;
  /** The counter: the record size times the records of this block visited (or skipped: the last block starts part of the way). */
  protected int done;
  /** The counter's end: the record size times the records of this block, which holds the whole walk unless it has more than fit. */
  protected int count;
  /**
   * Below this counter the next record is in the current run and is not the last of a block that
   * another follows: {@code next()} may hand it out without a check.
   */
  protected int runEnd;

  /** For generated subclasses. */
  protected RecordCursor() {}

  /**
   * Returns a new view of the record at {@code index} of {@code store}, placed with
   * {@link ByteStore#checkRecord} (a check that cannot fail here, and that lets the JIT drop the
   * accessors' own bounds checks).
   */
  protected abstract V at(ByteStore store, int index);

  /** Returns a new, unstarted cursor of the same class: the other half of a split. */
  protected abstract RecordCursor<V> fresh();

  /**
   * Starts a walk over every record of an array's layout, for records of {@code size} bytes,
   * counted in blocks of at most {@code block} records (fewer when their bytes would not fit the
   * {@code int} counter).
   */
  final RecordCursor<V> start(MemoryView owner, RecordWindows windows, ViewLayout l, int size, int block) {
    this.owner = owner;
    this.walk = Walk.of(windows, l);
    this.size = size;
    this.unit = Math.max(1, size);
    // The counter stays at most Integer.MAX_VALUE, also one record past a block's end.
    this.block = Math.max(1, Math.min(block, Integer.MAX_VALUE / unit - 1));
    take();
    return this;
  }

  /**
   * Takes the state of a started cursor, which stays where it is: what a loop's {@code iterator()}
   * calls. Small and free of calls on this cursor, so that the JIT inlines it and the new cursor
   * does not escape the loop.
   */
  final RecordCursor<V> copy(RecordCursor<V> from) {
    owner = from.owner;
    walk = from.runs ? from.walk.copy() : from.walk;
    size = from.size;
    unit = from.unit;
    block = from.block;
    after = from.after;
    runStop = from.runStop;
    runs = from.runs;
    store = from.store;
    origin = from.origin;
    step = from.step;
    done = from.done;
    count = from.count;
    runEnd = from.runEnd;
    return this;
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
    runEnd = runEnd();
  }

  private int runEnd() {
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
    runEnd = runEnd();
  }

  /**
   * Whether a record follows: one test of an {@code int} counter against an end that a walk never
   * changes, so that a loop over the cursor is a counted loop.
   */
  @Override
  public final boolean hasNext() {
    return done < count;
  }

  /**
   * Returns whether the array was released, by a plain read that a loop reads once: for the
   * generated {@link #next()}.
   */
  protected final boolean released() {
    return owner.releasedHint();
  }

  /**
   * Returns the next record, as a new view.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public V next() {
    int index = checkedNext();
    return at(store, index);
  }

  /**
   * Moves past the next record by the checked path, which also moves to the next run and the next
   * block, and returns its index in {@link #store} (read the store after this call). Generated
   * subclasses' {@code next()} hand out the records before {@link #runEnd} of runs whose step is
   * the record size themselves and call this for the rest; both paths end in the same allocation
   * of the view, which escape analysis can then remove even where this call is not inlined.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was closed
   */
  protected final int checkedNext() {
    int d = done;
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

  @Override
  public final boolean tryAdvance(Consumer<? super V> action) {
    Require.nonNull(action, "action");
    if (done >= count) {
      return false;
    }
    action.accept(next());
    return true;
  }

  /**
   * Gives each remaining record to {@code action}. Generated subclasses override this with a loop
   * per run, so that each view type's loop is compiled, and profiled, on its own.
   *
   * @throws IllegalArgumentException if {@code action} is null
   */
  @Override
  public void forEachRemaining(Consumer<? super V> action) {
    Require.nonNull(action, "action");
    while (done < count) {
      action.accept(next());
    }
  }

  /** Splits off the first half of a 1-D walk; an N-d walk does not split. */
  @Override
  public final Spliterator<V> trySplit() {
    Walk w = runs ? walk : walk.copy();
    // The records of the current run not yet visited: at most a run's, which fit an int.
    Walk prefix = w.split((int) (Math.max(0, runStop - done) / unit));
    if (prefix == null) {
      return null;
    }
    walk = w;
    take();
    RecordCursor<V> first = fresh();
    first.owner = owner;
    first.walk = prefix;
    first.size = size;
    first.unit = unit;
    first.block = block;
    first.take();
    return first;
  }

  @Override
  public final long estimateSize() {
    return (count - done) / unit + after;
  }

  @Override
  public final int characteristics() {
    return CHARACTERISTICS;
  }

  /** The cursor of a record type that has none of its own (made by an older processor). */
  static final class Moving<V> extends RecordCursor<V> {
    private final RecordType<V> type;

    Moving(RecordType<V> type) {
      this.type = type;
    }

    @Override
    protected V at(ByteStore store, int index) {
      return type.move(null, store, index);
    }

    @Override
    protected RecordCursor<V> fresh() {
      return new Moving<>(type);
    }
  }
}
