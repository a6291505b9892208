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
   * Returns a new, unstarted cursor that makes views of this type: generated types return their own
   * subclass, so that iteration is compiled per type ({@link RecordCursor}). The default, for
   * types made by hand or by an older processor, moves views with {@link #move}.
   */
  default RecordCursor<V> cursor() {
    return new RecordCursor.Moving<>(this);
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
