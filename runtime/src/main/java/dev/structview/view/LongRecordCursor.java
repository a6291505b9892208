package dev.structview.view;

import dev.structview.memory.ByteStore;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

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
 * W6). Here the counter is a {@code long} and the store and the end never change, so a loop over
 * the cursor is a counted loop of {@code long} indices, which C2 cuts into strips and range-checks
 * once per strip. A counter of {@code long} over a {@code byte[]} would lose those hoisted checks
 * on JDK 17, so arrays of at most 2 GiB keep the other cursor.
 *
 * <p>The counter is the next record's place in the store, and {@code next()} checks it with
 * {@link #checkPlace}, an {@link Objects#checkIndex(long, long)}: C2 folds that check into the loop's
 * strips as it folds the accesses' own, where a plain {@code if} against the end stayed in the
 * loop, one compare and branch per record that C2 would not fold into {@code hasNext()}'s. A
 * counter of the place rather than of the bytes visited keeps one value fewer in the loop: no
 * origin is added at each record. Together they took a for-each over a 5 GiB mapping from 0.60 to
 * 0.99 of the speed of hand-written FFM code (BENCHMARKS.md, "the for-each past 2 GiB").
 *
 * @param <V> the generated view class
 */
public abstract class LongRecordCursor<V> implements Iterator<V> {
  // Protected, for the generated subclasses' next(); none changes but place.
  /** The array, whose release the cursor checks between records. */
  protected MemoryView owner;
  /** The store of every record. */
  protected ByteStore store;
  /** The counter: the place in {@link #store} of the next record. */
  protected long place;
  /** The counter's end: the place just past the last record. */
  protected long end;
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
    this.size = size;
    this.place = position;
    this.end = Math.addExact(position, Math.multiplyExact(records, (long) size));
    return this;
  }

  /**
   * Takes the state of a started cursor, which stays where it is: what a loop's {@code iterator()}
   * calls. Small and free of calls, so that the JIT inlines it and the new cursor does not escape.
   */
  final LongRecordCursor<V> copy(LongRecordCursor<V> from) {
    owner = from.owner;
    store = from.store;
    size = from.size;
    place = from.place;
    end = from.end;
    return this;
  }

  /** Whether a record follows: one test of the counter against an end that never changes. */
  @Override
  public final boolean hasNext() {
    return place < end;
  }

  /** Returns whether the array was released, by a plain read that a loop reads once. */
  protected final boolean released() {
    return owner.releasedHint();
  }

  /**
   * Returns {@code place}, where the record {@code next()} hands out lies, once it is checked to lie
   * before {@code end}, by a range check the JIT folds into a loop's strips.
   *
   * @throws NoSuchElementException if {@code place} is not before {@code end}: the last record was visited
   */
  protected static long checkPlace(long place, long end) {
    try {
      return Objects.checkIndex(place, end);
    } catch (IndexOutOfBoundsException e) {
      throw new NoSuchElementException("no more records");
    }
  }

  /**
   * Returns why {@code next()} cannot hand out a record of an array that was released. Generated
   * subclasses throw it from the one path of {@code next()} that sees a release. Static, so that
   * the cursor is not handed to a call the JIT may leave out of line: a cursor that escapes is an
   * object in memory, its counter written back at every record.
   */
  protected static IllegalStateException releasedError() {
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
    long p = checkPlace(place, end);
    if (released()) {
      throw releasedError();
    }
    place = p + size;
    return at(store, p);
  }
}
