package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.internal.Require;
import dev.structview.memory.ByteStore;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An array of records of a generated view type over one memory, in any number of dimensions, with
 * strides: what {@code TickView.array(...)} returns.
 *
 * <pre>{@code
 * RecordArray<TickView> ticks = TickView.array(bytes);      // every 7-byte record of bytes
 * long total = 0;
 * for (TickView t : ticks) {
 *   total += t.id();
 * }
 * RecordArray<TickView> backwards = ticks.slice(Slice.of(null, null, -1L));   // zero-copy
 * MemoryView.of(ticks).format();                            // "<IhB": the record format
 * }</pre>
 *
 * <p>An array is a typed {@link MemoryView} whose items are records: slicing, shapes and strides,
 * exports and lifetimes follow {@code MemoryView}'s rules. An array made over a view or exporter
 * holds one export of it until {@link #close()}; slices share that export and must be closed too
 * (the export ends when the last one is). Views returned by {@link #get} stay usable while the
 * memory is, but hold nothing: keep the array open while using them.
 *
 * <p>Threads: an array may be shared, as a {@link MemoryView} may (its lifetime operations are
 * thread-safe). The views it returns are flyweights ({@link #moveTo} moves one in place, and so do
 * their own {@code moveTo}): confine each to one thread, and give every thread its own. Reads and
 * writes of the records are not synchronized.
 *
 * @param <V> the generated view class
 */
public final class RecordArray<V> implements Iterable<V>, BufferExporter, AutoCloseable {
  private final RecordType<V> type;
  private final MemoryView view;
  private final ByteStore store;

  private RecordArray(RecordType<V> type, MemoryView view) {
    this.type = type;
    this.view = view;
    this.store = ByteStore.of(view.live().memory, view.readonly());
  }

  // ---- made by generated code ---------------------------------------------------------------

  /**
   * Returns the records that fill an array; for generated code, as {@code TickView.array(bytes)}.
   *
   * @throws IllegalArgumentException if the array is not a whole number of records, or an argument is null
   */
  public static <V> RecordArray<V> over(RecordType<V> type, byte[] data) {
    Require.nonNull(type, "type");
    if (data == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    return over(type, data, 0, wholeRecords(data.length, type.size()));
  }

  /**
   * Returns {@code count} records starting at byte {@code offset} of an array.
   *
   * @throws IndexOutOfBoundsException if the records do not fit the array
   * @throws IllegalArgumentException if an argument is null
   */
  public static <V> RecordArray<V> over(RecordType<V> type, byte[] data, int offset, int count) {
    Require.nonNull(type, "type");
    if (data == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    long bytes = (long) count * type.size();
    if (offset < 0 || count < 0 || offset > data.length - bytes) {
      throw new IndexOutOfBoundsException("records do not fit: offset=" + offset + " count=" + count
          + " size=" + type.size() + " length=" + data.length);
    }
    return records(type, ByteBuffer.wrap(data), offset, count, false);
  }

  /**
   * Returns the records between a buffer's position and limit.
   *
   * @throws IllegalArgumentException if the bytes are not a whole number of records
   * @throws IllegalArgumentException if an argument is null
   */
  public static <V> RecordArray<V> over(RecordType<V> type, ByteBuffer buffer) {
    Require.nonNull(type, "type");
    if (buffer == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    int count = wholeRecords(buffer.remaining(), type.size());
    ByteBuffer memory = buffer.duplicate().clear().limit(buffer.limit());
    return records(type, memory, buffer.position(), count, buffer.isReadOnly());
  }

  /**
   * Returns the records of a view or any exporter, holding one export of it until closed. A
   * source whose format is the record format (ignoring a leading {@code @}), or another spelling
   * of the same values ({@link dev.structview.format.StructFormat#sameValues}: {@code "<3B"} for
   * {@code "<B:b:B:g:B:r:"}), with the record's itemsize keeps its shape and strides, and is read
   * and exported with the record format; a C-contiguous source of bytes ({@code B}, {@code b},
   * {@code c}) becomes a 1-D array, as {@code cast} would make it. The request asks for
   * {@link BufferFlags#WRITABLE} never: records with setters over read-only memory read, and refuse
   * each write.
   *
   * @throws BufferException if the source refuses the request
   * @throws IllegalArgumentException if the source's format or size does not fit the records, or an
   *     argument is null
   */
  public static <V> RecordArray<V> over(RecordType<V> type, BufferExporter source) {
    Require.nonNull(type, "type");
    int flags = BufferFlags.RECORDS_RO;
    ManagedBuffer.Pin pin = ManagedBuffer.acquire(source, flags);
    try {
      return new RecordArray<>(type, new MemoryView(pin, RecordLayouts.of(type, pin.buffer().info())));
    } catch (RuntimeException e) {
      pin.close();
      throw e;
    }
  }

  private static int wholeRecords(int bytes, int size) {
    if (size == 0 || bytes % size != 0) {
      throw new IllegalArgumentException("a buffer of " + bytes + " bytes is not a whole number of "
          + size + "-byte records");
    }
    return bytes / size;
  }

  private static <V> RecordArray<V> records(RecordType<V> type, ByteBuffer memory, int offset, int count,
      boolean readonly) {
    BufferExporter exporter = flags -> new BufferInfo(memory, offset, (long) count * type.size(), readonly,
        type.size(), type.format(), 1, new long[] {count}, new long[] {type.size()}, null, memory);
    return new RecordArray<>(type, MemoryView.of(exporter));
  }

  // ---- the array ----------------------------------------------------------------------------

  /** Returns the record format. */
  public String format() {
    return view.format();
  }

  /** Returns the size of one record in bytes. */
  public long itemsize() {
    return view.itemsize();
  }

  /** Returns the number of dimensions. */
  public int ndim() {
    return view.ndim();
  }

  /** Returns a copy of the shape. */
  public long[] shape() {
    return view.shape();
  }

  /** Returns a copy of the strides in bytes. */
  public long[] strides() {
    return view.strides();
  }

  /** Returns the number of records along the first dimension. */
  public long length() {
    return view.length();
  }

  /** Returns the number of records in all dimensions. */
  public long size() {
    ViewLayout l = view.live();
    return l.nbytes / l.itemsize;
  }

  /** Returns whether the records are read-only. */
  public boolean readonly() {
    return view.readonly();
  }

  /**
   * Returns a new view of one record, with one index per dimension; negative indices count from
   * the end.
   *
   * @throws IndexOutOfBoundsException "index out of bounds on dimension K"
   * @throws IllegalArgumentException if the number of indices is not the number of dimensions
   */
  public V get(long... index) {
    return moveTo(null, index);
  }

  /**
   * Moves a view of this type to one record, allocating nothing: for loops that visit many.
   *
   * @param reuse the view to move, or {@code null} to make one
   * @return {@code reuse}, moved, or a new view
   */
  public V moveTo(V reuse, long... index) {
    ViewLayout l = view.live();
    return type.move(reuse, store, position(l, index));
  }

  /**
   * Moves a view to record {@code i} of a 1-D array, allocating nothing (not even the varargs
   * array of {@link #moveTo(Object, long...)}).
   *
   * @throws IllegalArgumentException if the array is not 1-D
   */
  public V moveTo(V reuse, long i) {
    ViewLayout l = view.live();
    requireDimensions(l, 1);
    return type.move(reuse, store, (int) (l.offset + l.checkedIndex(0, i) * l.strides[0]));
  }

  /**
   * Moves a view to record {@code (i, j)} of a 2-D array, allocating nothing.
   *
   * @throws IllegalArgumentException if the array is not 2-D
   */
  public V moveTo(V reuse, long i, long j) {
    ViewLayout l = view.live();
    requireDimensions(l, 2);
    return type.move(reuse, store, (int) (l.offset + l.checkedIndex(0, i) * l.strides[0]
        + l.checkedIndex(1, j) * l.strides[1]));
  }

  private static void requireDimensions(ViewLayout l, int n) {
    if (l.ndim != n) {
      throw new IllegalArgumentException("a " + l.ndim + "-dimensional record array needs " + l.ndim
          + " indices, got " + n);
    }
  }

  private static int position(ViewLayout l, long[] index) {
    if (index == null || index.length != l.ndim) {
      throw new IllegalArgumentException("a " + l.ndim + "-dimensional record array needs " + l.ndim
          + " indices, got " + (index == null ? "null" : String.valueOf(index.length)));
    }
    return l.positionOf(index);
  }

  /**
   * Returns the records in row-major order, each a new view (safe to keep), visited as the
   * iterator advances. For hot loops over many records, one view moved with
   * {@link #moveTo(Object, long)} in a counted loop is several times faster (BENCHMARKS.md, W1):
   * the JIT can then drop the per-access bounds checks.
   */
  @Override
  public Iterator<V> iterator() {
    ViewLayout l = view.live();
    return l.ndim == 1 ? new RowIterator(l) : new OdometerIterator(l);
  }

  /** Records visited one after another, each as a new view. */
  private abstract class Records implements Iterator<V> {
    long position;
    private long left;

    Records(long position, long count) {
      this.position = position;
      this.left = count;
    }

    @Override
    public final boolean hasNext() {
      return left > 0;
    }

    @Override
    public final V next() {
      if (left == 0) {
        throw new NoSuchElementException("no more records");
      }
      view.live();
      V record = type.move(null, store, (int) position);
      left--;
      step();
      return record;
    }

    /** Moves {@link #position} to the next record. */
    abstract void step();
  }

  /** A 1-D array's records: one stride per step. */
  private final class RowIterator extends Records {
    private final long stride;

    RowIterator(ViewLayout l) {
      super(l.offset, l.shape[0]);
      this.stride = l.strides[0];
    }

    @Override
    void step() {
      position += stride;
    }
  }

  /** An N-d array's records in row-major order, stepped by the one index cursor. */
  private final class OdometerIterator extends Records {
    private final IndexCursor cursor;
    private final long[] carries;

    OdometerIterator(ViewLayout l) {
      super(l.offset, l.hasZeroExtent() ? 0 : l.nbytes / l.itemsize);
      this.cursor = l.hasZeroExtent() ? null : new IndexCursor(l.shape, false);
      this.carries = cursor == null ? null : cursor.carries(l.strides);
    }

    @Override
    void step() {
      int d = cursor.next();
      if (d >= 0) {
        position += carries[d];
      }
    }
  }

  /**
   * Slices the first dimensions, one {@link Slice} each, zero-copy, sharing this array's export.
   *
   * @throws IllegalArgumentException for more slices than dimensions, or a step of 0
   */
  public RecordArray<V> slice(Slice... slices) {
    return new RecordArray<>(type, view.slice(slices));
  }

  /** Exports the records with their format, shape and strides, as a view would. */
  @Override
  public BufferInfo getBuffer(int flags) {
    return view.getBuffer(flags);
  }

  @Override
  public void releaseBuffer(BufferInfo info) {
    view.releaseBuffer(info);
  }

  /**
   * Releases this array's hold on its memory; idempotent.
   *
   * @throws BufferException while a consumer holds an export of this array
   */
  @Override
  public void close() {
    view.release();
  }

  @Override
  public String toString() {
    return view.isReleased() ? "RecordArray[released]"
        : "RecordArray[format=" + format() + ", shape=" + java.util.Arrays.toString(shape()) + "]";
  }
}
