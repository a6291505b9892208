package dev.structview.view;

import dev.structview.memory.ByteStore;

/**
 * How record arrays make and move the views of one generated record type. Implemented by generated
 * code ({@code TickView.TYPE}); not API.
 *
 * @param <V> the generated view class
 */
public interface RecordType<V> {
  /** Returns the record's struct format, as declared. */
  String format();

  /** Returns the record's size in bytes. */
  int size();

  /** Returns whether the record's interface has setters, and so needs writable memory. */
  boolean writable();

  /**
   * Returns a view at {@code position}, reusing {@code view} when it is not {@code null}.
   *
   * @param view a view of this type to move, or {@code null} to make one
   * @param store the memory
   * @param position the index of the record's first byte, already range-checked
   */
  V move(V view, ByteStore store, long position);

  /**
   * Returns a view at byte {@code index} of {@code store} as {@link #move} does, for a record that
   * a record array has placed: {@link #size()} bytes from {@code index} lie in {@code store}, which
   * {@code placed}, made only in this package, vouches for. Without it ({@code null}) this is
   * {@link #move}, which checks the record. The default calls {@link #move}.
   *
   * <p>Generated types skip the check when {@code placed} vouches. Why: in a counted loop of
   * {@link RecordArray#moveTo(Object, long)}, the record's place is {@code i * size()}, which
   * JDK 17's JIT does not range-check once for the loop (it rewrites {@code i * 7} as
   * {@code (i << 3) - i}); that check stayed at every record beside the accesses' own bounds
   * checks, and the array had made it already, by its record count. Without it, on JDK 17, such a
   * loop that writes {@code <IhB} records ran 30 to 35% faster (W1iw), one that reads them 12 to 16%
   * (W1i, 4096 records) and a random gather 11 to 26% (W3); JDK 25's JIT hoisted the check out of
   * the counted loops either way (BENCHMARKS.md, "a record array's moves checked once").
   *
   * @param view a view of this type to move, or {@code null} to make one
   * @param store the memory
   * @param index the index of the record's first byte
   * @param placed the record arrays' voucher, from a record array that placed the record; or
   *     {@code null}
   */
  default V movePlaced(V view, ByteStore store, int index, Placed placed) {
    return move(view, store, index);
  }

  /**
   * What vouches that a record array placed a record in its store ({@link #movePlaced}): only this
   * package can name the one instance, so code elsewhere that calls {@code movePlaced} has its
   * records checked.
   */
  final class Placed {
    /** The record arrays' voucher. */
    static final Placed BY_ARRAY = new Placed();

    private Placed() {}
  }

  /**
   * Returns a new, unstarted cursor that makes views of this type: generated types return their own
   * subclass, so that iteration is compiled per type ({@link RecordCursor}). The default, for
   * types made by hand or by an older processor, moves views with {@link #move}.
   */
  default RecordCursor<V> cursor() {
    return new RecordCursor.Moving<>(this);
  }

  /**
   * Returns a new, unstarted cursor like {@link #cursor()}, for a walk whose every store has the
   * class of {@code kind} ({@code null}: stores of any class). The default returns
   * {@link #cursor()}.
   *
   * <p>Generated types return a cursor class of their own for each class of store a record array's
   * windows can be (a {@code byte[]} from its index 0 or past it, a direct or mapped buffer), which
   * holds its stores by that class. Why: a view's accessor reads through {@code store.getInt(...)},
   * one call site for every loop of the application, and HotSpot keeps one receiver profile per
   * call site. Once one loop reads a direct buffer and another a {@code byte[]}, that profile has
   * two classes, and JDK 17 compiled the call as a virtual call in every loop (BENCHMARKS.md, W8).
   * A view made from a store whose class the JIT knows binds its accesses to that class, whatever
   * the profile says. Record arrays take these cursors for {@code forEach} and streams, whose loops
   * are the cursor's own; an iterator is always {@link #cursor()}'s, since a for-each's
   * {@code next()} call would see one class per kind of memory its loop reads.
   *
   * @param kind a store of the class of every store the cursor will visit, or {@code null}
   */
  default RecordCursor<V> cursor(ByteStore kind) {
    return cursor();
  }

  /**
   * Returns a new, unstarted cursor over records one after another in a store of any size, counted
   * by a {@code long} ({@link LongRecordCursor}): generated types return their own subclass. The
   * default, for types made by hand or by an older processor, is {@code null}: their arrays iterate
   * with {@link #cursor()}.
   */
  default LongRecordCursor<V> longCursor() {
    return null;
  }
}
