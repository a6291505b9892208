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
 * final subclass ({@code TickView.Cursor}), made by its {@link RecordType#cursor()}, and one more
 * for each store class that {@link RecordType#cursor(ByteStore)} types; not API.
 *
 * <p>Why a subclass per type: a loop over an array calls {@link #next()}, which makes a view. With
 * one shared iterator class, that call to the record type would see every type an application
 * iterates and stop being inlined, and each view would be a real allocation. With one class per
 * type, the loop's {@code next()} call sees one class, the JIT inlines {@link #at} into it, and
 * escape analysis removes the view: a for-each runs as fast as a view moved by hand.
 *
 * <p>Why the counter and its end are the cursor's only state: see the fields. Everything that
 * changes between runs (the store, where the run lies, the blocks of an array past 2^31 records or
 * bytes) is its {@link CursorRun}'s, which {@code next()}'s checked path moves on.
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
  // is fixed, and the next run is taken in next(), behind a test (done >= run.end()) that a
  // single-run array never takes, which C2 turns into a trap. That path calls the run, never
  // this cursor: see CursorRun.
  //
  // Protected, for the generated subclasses' next().
  /** The current run and what lies behind it. */
  protected CursorRun run;
  /** The counter: the record size times the records of this block visited (or skipped: the last block starts part of the way). */
  protected int done;
  /** The counter's end: the record size times the records of this block, which holds the whole walk unless it has more than fit. */
  protected int count;

  /** For generated subclasses. */
  protected RecordCursor() {}

  /**
   * Returns a new view of the record at {@code index} of {@code store}, placed with
   * {@link ByteStore#checkRecord} (a check that cannot fail here, and that lets the JIT drop the
   * accessors' own bounds checks).
   */
  protected abstract V at(ByteStore store, long index);

  /** Returns a new, unstarted cursor of the same class: the other half of a split. */
  protected abstract RecordCursor<V> fresh();

  /**
   * Starts a walk over every record of an array's layout, for records of {@code size} bytes,
   * counted in blocks of at most {@code block} records (fewer when their bytes would not fit the
   * {@code int} counter).
   */
  final RecordCursor<V> start(MemoryView owner, RecordWindows windows, ViewLayout l, int size, int block) {
    return take(CursorRun.start(owner, windows, l, size, block));
  }

  /**
   * Takes the state of a started cursor, which stays where it is and never moves: what a loop's
   * {@code iterator()} calls. Small and free of calls, so that the JIT inlines it and the new
   * cursor does not escape the loop; the two share a run until this one leaves it.
   */
  final RecordCursor<V> copy(RecordCursor<V> from) {
    return take(from.run);
  }

  /** Makes this started cursor one that others {@link #copy} and that never moves itself. */
  final RecordCursor<V> share() {
    run.share();
    return this;
  }

  private RecordCursor<V> take(CursorRun r) {
    run = r;
    done = r.done();
    count = r.count();
    return this;
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
   * Returns the next record, as a new view, by the checked path ({@link CursorRun#next(int)}).
   * Generated subclasses override it to hand out the records of a run without a check, and take
   * the same path for the rest.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public V next() {
    CursorRun r = run.owned();
    run = r;
    long index = r.next(done);
    done = r.done();
    return at(r.store(), index);
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
    run = run.owned();
    CursorRun prefix = run.split(done);
    if (prefix == null) {
      return null;
    }
    take(run);
    return fresh().take(prefix);
  }

  @Override
  public final long estimateSize() {
    return run.remaining(done);
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
    protected V at(ByteStore store, long index) {
      return type.move(null, store, index);
    }

    @Override
    protected RecordCursor<V> fresh() {
      return new Moving<>(type);
    }
  }
}
