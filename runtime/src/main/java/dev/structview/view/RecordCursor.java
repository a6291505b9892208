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
 * <p>A cursor checks that its array is open when it starts and between records, with a plain read
 * that costs nothing in a loop; releasing the array from another thread while it iterates is a
 * race it does not detect.
 *
 * @param <V> the generated view class
 */
public abstract class RecordCursor<V> implements Iterator<V>, Spliterator<V> {
  private static final int CHARACTERISTICS = ORDERED | SIZED | SUBSIZED | NONNULL;

  // The loop's state: a run of records one int step apart in one store, walked as a counted loop.
  // Only these fields change per record; nothing here is passed to a call the JIT may not inline,
  // so a cursor in a loop is scalar-replaced and its fields live in registers.
  //
  // The run's fields are protected for the generated subclasses, whose next() steps a contiguous
  // run by the record size, a constant there. The next record is at base + done * step, and done
  // counts up to count: C2 compiles a for-each over a cursor as a counted loop (unrolled, the
  // release check hoisted), with no call and no allocation. Unlike a loop over moveTo, it keeps
  // each access's bounds check (BENCHMARKS.md, "Making it fast", has the disassembly).
  private MemoryView owner;
  private Walk walk;
  /** The store of the run. */
  protected ByteStore store;
  /** The index in {@link #store} of the run's first record. */
  protected int base;
  /** The stride in bytes, when it fits an {@code int}; runs of wider strides have one record. */
  protected int step;
  /** How many records of the run were visited. */
  protected int done;
  /** How many records the run has. */
  protected int count;
  /** Whether more runs follow this one. */
  private boolean more;

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

  /** Starts a walk over every record of an array's layout. */
  final RecordCursor<V> start(MemoryView owner, RecordWindows windows, ViewLayout l) {
    this.owner = owner;
    this.walk = Walk.of(windows, l);
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
    walk = from.more ? from.walk.copy() : from.walk;
    store = from.store;
    base = from.base;
    done = from.done;
    step = from.step;
    count = from.count;
    more = from.more;
    return this;
  }

  /** Takes the walk's current run. */
  private void take() {
    Walk w = walk;
    store = w.store;
    base = w.index;
    step = w.step;
    done = 0;
    count = w.run;
    more = w.hasMoreRuns();
  }

  /**
   * Whether a record follows. Within a run this is one test of an {@code int} counter, so that a
   * loop over the cursor is a counted loop; between runs (arrays past 2 GiB, and rows of N-d
   * arrays) it moves to the next run.
   */
  @Override
  public final boolean hasNext() {
    if (done < count) {
      return true;
    }
    if (!more) {
      return false;
    }
    // The next run, read back from the walk here, field by field. A method of this cursor doing
    // it (a nextRun()) is a call the JIT leaves out of line when the profile has seen it rarely,
    // and a cursor passed to a call escapes: its fields are then read and written in memory at
    // every record, not kept in registers (W1i over 2^20 records: 6x the moveTo loop's time). The
    // only call here is on the walk.
    Walk w = walk;
    w.advance();
    store = w.store;
    base = w.index;
    step = w.step;
    done = 0;
    count = w.run;
    more = w.hasMoreRuns();
    return true;
  }

  /**
   * Returns whether the array was released, by a plain read that a loop reads once: for the
   * generated {@link #next()}.
   */
  protected final boolean released() {
    return owner.releasedHint();
  }

  /**
   * Returns the next record, as a new view. Generated subclasses override this with a fast path for
   * runs whose step is the record size, and call this for the rest.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public V next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    if (owner.releasedHint()) {
      throw new IllegalStateException("operation forbidden on released memoryview object");
    }
    int at = base + done * step; // in int arithmetic, which wraps back into range
    done++;
    return at(store, at);
  }

  @Override
  public final boolean tryAdvance(Consumer<? super V> action) {
    Require.nonNull(action, "action");
    // hasNext(), not done < count: at the end of a run, more runs may follow (rows of N-d arrays,
    // windows of arrays past 2 GiB), and hasNext() moves to the next one.
    if (!hasNext()) {
      return false;
    }
    action.accept(next());
    return true;
  }

  /**
   * Gives each remaining record to {@code action}. Generated subclasses override this with the same
   * loop, so that each view type's loop is compiled, and profiled, on its own.
   *
   * @throws IllegalArgumentException if {@code action} is null
   */
  @Override
  public void forEachRemaining(Consumer<? super V> action) {
    Require.nonNull(action, "action");
    while (hasNext()) {
      action.accept(next());
    }
  }

  /** Splits off the first half of a 1-D walk; an N-d walk does not split. */
  @Override
  public final Spliterator<V> trySplit() {
    Walk w = more ? walk : walk.copy();
    Walk prefix = w.split(count - done);
    if (prefix == null) {
      return null;
    }
    walk = w;
    take();
    RecordCursor<V> first = fresh();
    first.owner = owner;
    first.walk = prefix;
    first.take();
    return first;
  }

  @Override
  public final long estimateSize() {
    return walk.estimateSize(count - done);
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
