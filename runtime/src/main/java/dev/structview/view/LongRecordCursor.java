package dev.structview.view;

import dev.structview.memory.ByteStore;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Visits records that lie one after another in one store of any size, one new view each, with a
 * {@code long} counter: the iterator of a record array past 2 GiB whose memory is one store
 * ({@code RecordWindows.whole()}, JDK 22 and later) and whose records are C-contiguous. The
 * array's {@code forEach} and streams keep {@link RecordCursor}, whose loop per window reads a
 * window's buffer faster than a loop reads the whole store. For generated code: each view type has
 * its own final subclass ({@code TickView.LongCursor}), for the reason {@link RecordCursor} gives;
 * not API.
 *
 * <p>Why apart from {@link RecordCursor}: that cursor counts in an {@code int}, so that a loop over
 * an array indexes a {@code byte[]} with its counter and the JIT hoists the bounds checks; past
 * 2 GiB it counts in blocks, and a loop whose record's place changes at each block cannot hoist
 * anything (a for-each over 5 GiB ran at a fifth of the speed of one over 1 GiB, BENCHMARKS.md,
 * W6). Here the counter is a {@code long} and the store, its origin and the end never change, so a
 * loop over the cursor is a counted loop of {@code long} indices, which C2 cuts into strips and
 * range-checks once per strip. A counter of {@code long} over a {@code byte[]} would lose those
 * hoisted checks on JDK 17, so arrays of at most 2 GiB keep the other cursor.
 *
 * <p>The counter counts bytes: record {@code done / size} lies at {@code origin + done}.
 *
 * @param <V> the generated view class
 */
public abstract class LongRecordCursor<V> implements Iterator<V> {
  // Protected, for the generated subclasses' next(); none changes but done.
  /** The array, whose release the cursor checks between records. */
  protected MemoryView owner;
  /** The store of every record. */
  protected ByteStore store;
  /** Where the record at counter 0 lies in {@link #store}. */
  protected long origin;
  /** The counter: the record size times the records visited. */
  protected long done;
  /** The counter's end: the record size times the records. */
  protected long count;
  /** The record size, at least 1. */
  private long size;

  /** For generated subclasses. */
  protected LongRecordCursor() {}

  /**
   * Returns a new view of the record at {@code index} of {@code store}, which lies in it.
   */
  protected abstract V at(ByteStore store, long index);

  /**
   * Starts at the first of {@code records} records of {@code size} bytes (at least 1) from
   * {@code position} of {@code store}, all of which lie in it.
   */
  final LongRecordCursor<V> start(MemoryView owner, ByteStore store, long position, long records, int size) {
    this.owner = owner;
    this.store = store;
    this.origin = position;
    this.size = size;
    this.done = 0;
    this.count = Math.multiplyExact(records, (long) size);
    return this;
  }

  /**
   * Takes the state of a started cursor, which stays where it is: what a loop's {@code iterator()}
   * calls. Small and free of calls, so that the JIT inlines it and the new cursor does not escape.
   */
  final LongRecordCursor<V> copy(LongRecordCursor<V> from) {
    owner = from.owner;
    store = from.store;
    origin = from.origin;
    size = from.size;
    done = from.done;
    count = from.count;
    return this;
  }

  /** Whether a record follows: one test of the counter against an end that never changes. */
  @Override
  public final boolean hasNext() {
    return done < count;
  }

  /** Returns whether the array was released, by a plain read that a loop reads once. */
  protected final boolean released() {
    return owner.releasedHint();
  }

  /**
   * Returns why {@code next()} cannot hand out the record at counter {@code d} of {@code count}:
   * the end, or a release. Generated subclasses throw it from the one path of {@code next()} that
   * checks. Static, so that the cursor is not handed to a call the JIT may leave out of line: a
   * cursor that escapes is an object in memory, its counter written back at every record.
   */
  protected static RuntimeException refusal(long d, long count) {
    if (d >= count) {
      return new NoSuchElementException("no more records");
    }
    return new IllegalStateException("operation forbidden on released memoryview object");
  }

  /**
   * Returns the next record, as a new view. Generated subclasses override it with the same steps,
   * so that the view is made in their code.
   *
   * @throws NoSuchElementException after the last record
   * @throws IllegalStateException if the array was released
   */
  @Override
  public V next() {
    long d = done;
    if (d >= count || released()) {
      throw refusal(d, count);
    }
    done = d + size;
    return at(store, origin + d);
  }
}
