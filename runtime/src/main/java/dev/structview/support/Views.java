package dev.structview.support;

import dev.structview.internal.Require;
import dev.structview.memory.ByteStore;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.RecordType;
import java.nio.ByteBuffer;


/** What generated {@code wrap} methods share. Not API. */
public final class Views {
  private Views() {}

  /**
   * Returns a store over a whole array.
   *
   * @throws IllegalArgumentException if the array is null
   */
  public static ByteStore store(byte[] array) {
    if (array == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    return ByteStore.of(array);
  }

  /**
   * Returns a store over a buffer's bytes from its position to its limit, read-only iff the buffer
   * is. Index 0 of the store is the buffer's position, so a view's {@code moveTo} and
   * {@code recordOffset} count from there, as {@code wrap}'s offset does, and never reach the bytes
   * the caller left out before the position. A view with setters may wrap read-only memory (a
   * read-only file mapping is the common case): its reads work and each write refuses, with
   * {@link ByteStore#checkWritable}.
   *
   * @throws IllegalArgumentException if the buffer is null
   */
  public static ByteStore store(ByteBuffer buffer) {
    if (buffer == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    return ByteStore.of(buffer.slice());
  }

  /**
   * Returns the store index (see {@link #store(ByteBuffer)}) of a record {@code offset}
   * bytes after a buffer's position, checking that it lies between the position and the limit.
   *
   * @throws IndexOutOfBoundsException naming the offset, size and remaining bytes
   * @throws IllegalArgumentException if the buffer is null
   */
  public static int index(ByteBuffer buffer, long offset, int size) {
    if (buffer == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    if (offset < 0 || offset > buffer.remaining() - (long) size) {
      throw new IndexOutOfBoundsException("record does not fit: offset=" + offset + " size=" + size
          + " remaining=" + buffer.remaining());
    }
    return (int) offset;
  }

  /**
   * Returns a view of the one record a view holds, validated as {@link RecordArray#over} validates
   * (format, itemsize). The returned view holds no export: keep the source view
   * unreleased while using it.
   *
   * @throws IllegalArgumentException if the view does not hold exactly one record, or an argument is
   *     null
   */
  public static <V> V single(RecordType<V> type, MemoryView view) {
    Require.nonNull(type, "type");
    try (RecordArray<V> records = RecordArray.over(type, view)) {
      if (records.size() != 1) {
        throw new IllegalArgumentException("wrap needs a view of one " + type.size() + "-byte record, not "
            + records.size() + "; use array(view) for several");
      }
      return records.get(new long[records.ndim()]);
    }
  }

  /**
   * Checks that a whole record of {@code size} bytes fits {@code store} at {@code offset}: what a
   * generated {@link RecordType#move} checks before it places a view, so that a record placed by
   * hand can never be read outside its store.
   *
   * <p>An offset that fits an {@code int} is checked in {@code int} arithmetic: in a counted loop
   * the JIT then takes the check for a range check of the loop's index, and drops the accesses' own
   * bounds checks ({@link ByteStore#checkRecord(int, int)}). For an {@code int} offset widened by
   * the caller the test of which check to take folds away.
   *
   * @return {@code offset}
   * @throws IllegalArgumentException if {@code store} is null
   * @throws IndexOutOfBoundsException naming the offset, size and length if the record does not fit
   */
  public static long place(ByteStore store, long offset, int size) {
    Require.nonNull(store, "store");
    int narrow = (int) offset;
    return narrow == offset ? store.checkRecord(narrow, size) : store.checkRecord(offset, size);
  }

  /**
   * Returns a view's offset as its {@code recordOffset()} does: an {@code int}, which the records of
   * an array past 2 GiB in one store (JDK 22 and later) may pass.
   *
   * @throws IllegalStateException naming the offset if it passes {@link Integer#MAX_VALUE}
   */
  public static int recordOffset(long offset) {
    int narrow = (int) offset;
    if (narrow != offset) {
      throw new IllegalStateException("the record starts at byte " + offset
          + ", past what recordOffset() counts (an int); a record array's index places it");
    }
    return narrow;
  }

  /**
   * Checks a record's place as {@link #place} does, and that the store is writable: what a
   * generated record writer checks before it writes a byte.
   *
   * @param refusal the message of the refusal, a constant of the generated code
   * @throws IllegalArgumentException if {@code store} is null
   * @throws IndexOutOfBoundsException if the record does not fit
   * @throws dev.structview.buffer.ReadOnlyMemoryException with {@code refusal} if the store is read-only
   */
  public static void placeWritable(ByteStore store, long offset, int size, String refusal) {
    place(store, offset, size);
    store.checkWritable(refusal);
  }
}
