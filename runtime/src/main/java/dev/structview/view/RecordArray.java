package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.internal.Require;
import dev.structview.buffer.Memory;
import dev.structview.memory.ByteStore;
import dev.structview.memory.RecordWindows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
 * <p>Its views are views of the memory its source exports, whole, as a pointer into CPython's
 * {@code Py_buffer} is: a view's own {@code recordOffset()} and {@code moveTo(int offset)} count
 * from the start of that memory (a buffer's index 0, not its position; for a {@code MemoryView}
 * slice, the memory it shares with the view it was sliced from; for a file, the mapping, or past
 * 2 GiB the part of it the view's store holds: see {@link #iterator()}), so a view moved by hand
 * reaches any record of that memory, not only the array's. The array's own
 * {@link #get} and {@link #moveTo(Object, long...)} stay inside it. A view that must not reach
 * past given bytes is one made by {@code wrap(ByteBuffer, offset)}, which counts from the
 * buffer's position and never reaches before it.
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
  private final RecordWindows windows;
  /** The one store of memory of at most 2 GiB - 1, which moves take without a window lookup; or null. */
  private final ByteStore single;
  /**
   * A cursor at the first record, never advanced, that iterations copy, so that an iteration makes
   * no call that would keep its cursor from being scalar-replaced; made by the first iteration
   * (an array that is only sliced or indexed never needs one), and volatile because the array may
   * be shared: a thread must not see a cursor another one has not finished.
   */
  private volatile RecordCursor<V> first;
  /**
   * The started {@link LongRecordCursor} that {@link #iterator()} copies, for records one after
   * another in memory past 2 GiB that is one store ({@link RecordWindows#whole()}, JDK 22 and
   * later); otherwise {@code null}, and iterators take {@link #first}'s kind.
   */
  private final LongRecordCursor<V> firstLong;
  /**
   * For {@link #moveTo(Object, long)}: the number of records when they lie one after another in
   * {@link #single}, in one dimension, from byte {@link #denseStart}; otherwise -1.
   */
  private final int dense;
  private final int denseStart;

  private RecordArray(RecordType<V> type, MemoryView view) {
    this(type, view, windowsOf(type, view.live()));
  }

  /** An array over {@code view}, whose memory and read-only flag {@code windows} were cut from. */
  private RecordArray(RecordType<V> type, MemoryView view, RecordWindows windows) {
    this.type = type;
    this.view = view;
    ViewLayout l = view.live();
    this.windows = windows;
    this.single = windows.single();
    // Records one after another in the one store, which moveTo(reuse, i) places by their count
    // alone (RecordType.movePlaced): so the count is checked against the store here, once.
    boolean packed = single != null && l.ndim == 1 && l.strides[0] == type.size()
        && l.offset >= 0 && l.offset + l.shape[0] * type.size() <= single.byteSize();
    this.dense = packed ? (int) l.shape[0] : -1;
    this.denseStart = packed ? (int) l.offset : 0;
    this.firstLong = longCursor(type, view, l, single == null ? windows.whole() : null);
  }

  /** The cursor of {@link #firstLong}, or {@code null} where arrays of its kind do not take one. */
  private static <V> LongRecordCursor<V> longCursor(RecordType<V> type, MemoryView view, ViewLayout l,
      ByteStore whole) {
    int size = type.size();
    if (whole == null || size == 0 || l.itemsize != size || !l.cContiguous) {
      return null;
    }
    LongRecordCursor<V> c = type.longCursor();
    return c == null ? null : c.start(view, whole, l.offset, l.nbytes / size, size);
  }

  private static RecordWindows windowsOf(RecordType<?> type, ViewLayout l) {
    return RecordWindows.of(l.memory, l.readonly, type.size());
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
   * {@code "<B:b:B:g:B:r:"}, NumPy's {@code "T{=I:id:h:delta:}"} for {@code "<Ih"}), keeps its
   * shape and strides, and is read and exported with the record format. Its items may be longer
   * than the record when the rest is padding, as in NumPy's aligned dtypes (itemsize 8 for
   * {@code "<IhB"}); the export then ends with the pad bytes ({@code "<IhB1x"}). A C-contiguous
   * source of bytes ({@code B}, {@code b}, {@code c}) becomes a 1-D array, as {@code cast} would
   * make it. A source of other values is refused with both layouts in the message, field by field
   * with offsets. The request asks for
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

  /**
   * Maps a whole file read-only as records, of any size: what {@code TickView.map(path)} returns.
   * The mapping is released when the array and its slices are closed, not by the garbage
   * collector.
   *
   * @throws IllegalArgumentException if the file is not a whole number of records (naming the
   *     file, its size and the bytes left over), or an argument is null
   * @throws java.io.UncheckedIOException if the file cannot be opened or mapped, or is a directory
   *     or another file that is not regular
   */
  public static <V> RecordArray<V> map(RecordType<V> type, Path file) {
    Require.nonNull(type, "type");
    Require.nonNull(file, "file");
    requireBytes(type);
    try (FileChannel channel = MappedExporter.open(file, FileChannel.MapMode.READ_ONLY)) {
      long size = MappedExporter.size(channel, file);
      long leftover = size % type.size();
      if (leftover != 0) {
        throw new IllegalArgumentException(file + " is not a whole number of " + type.size() + "-byte "
            + type.format() + " records: its " + size + " bytes leave " + leftover + " over");
      }
      return mapped(type, Memory.map(channel, FileChannel.MapMode.READ_ONLY, 0, size), size / type.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e, e);
    }
  }

  /**
   * Maps {@code count} records of a channel's file from byte {@code offset}: past a header, before
   * a footer, or writable. {@code READ_ONLY} and {@code PRIVATE} (copy-on-write) need the records
   * inside the file; {@code READ_WRITE} grows the file to hold them, as {@link FileChannel#map}
   * does. The channel may be closed afterwards; the mapping is released when the array and its
   * slices are closed.
   *
   * @throws IllegalArgumentException if {@code offset} or {@code count} is negative, the records
   *     overflow a {@code long}, or they reach past the end of the file for a mode that cannot grow
   *     it, or {@code mode} is {@code READ_WRITE} or {@code PRIVATE} and the channel is not open for
   *     writing (Java maps both only through a writable channel), or an argument is null
   * @throws java.io.UncheckedIOException if the file cannot be mapped
   * @throws UnsupportedOperationException for a {@code PRIVATE} mapping of more than 2 GiB - 1
   *     bytes on JDK 17 to 21
   */
  public static <V> RecordArray<V> map(RecordType<V> type, FileChannel channel, FileChannel.MapMode mode,
      long offset, long count) {
    Require.nonNull(type, "type");
    Require.nonNull(channel, "channel");
    Require.nonNull(mode, "mode");
    requireBytes(type);
    if (offset < 0 || count < 0 || count > (Long.MAX_VALUE - offset) / type.size()) {
      throw new IllegalArgumentException("cannot map " + count + " records of " + type.size()
          + " bytes at offset " + offset);
    }
    long bytes = count * type.size();
    long size = MappedExporter.size(channel, channel);
    if (mode != FileChannel.MapMode.READ_WRITE && offset + bytes > size) {
      throw new IllegalArgumentException(count + " records of " + type.size() + " bytes at offset " + offset
          + " reach byte " + (offset + bytes) + ", past the end of the file (" + size + " bytes)");
    }
    return mapped(type, Memory.map(channel, mode, offset, bytes), count);
  }

  /** A file holds no count of records of 0 bytes ({@code "0i"}): refused, as a cast to them is. */
  private static void requireBytes(RecordType<?> type) {
    if (type.size() == 0) {
      throw new IllegalArgumentException("cannot map records of 0 bytes ('" + type.format()
          + "'): a file holds no count of them");
    }
  }

  /** Records over a fresh mapping, which the array's export owns and closes. */
  private static <V> RecordArray<V> mapped(RecordType<V> type, Memory memory, long count) {
    MemoryView view;
    try {
      view = MemoryView.of(MappedExporter.records(memory, type.format(), type.size(), count));
    } catch (RuntimeException e) {
      memory.close();
      throw e;
    }
    try {
      return new RecordArray<>(type, view);
    } catch (RuntimeException e) {
      // Records the windows refuse (over 1 GiB, past 2 GiB): the view's release ends the export,
      // which closes the mapping; closing the memory alone would leave the envelope live.
      view.release();
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
   * Returns a new view of record {@code i} of a 1-D array; a negative index counts from the end.
   * What {@link #get(long...)} returns, by {@link #moveTo(Object, long)}'s path: in a counted loop
   * over records one after another, the JIT then removes the views the loop does not keep, and the
   * loop runs as fast as one that moves a view. Through {@link #get(long...)}'s path, the general
   * one of any number of dimensions, such a loop took 14 to 15 times the view's own {@code moveTo}
   * loop's time on JDK 17 and 25, 7 to 13 times this one's (BENCHMARKS.md, W1i {@code getIndex}).
   *
   * @throws IndexOutOfBoundsException "index out of bounds on dimension 1"
   * @throws IllegalArgumentException if the array is not 1-D
   */
  public V get(long i) {
    return moveTo(null, i);
  }

  /**
   * Moves a view of this type to one record, allocating nothing: for loops that visit many.
   *
   * <p>In a loop, make the view before it and move that one:
   *
   * <pre>{@code
   * TickView t = ticks.get(0);            // made once, from a record the array has
   * for (long i : wanted) {
   *   sum += ticks.moveTo(t, i).id();     // moved: no allocation
   * }
   * }</pre>
   *
   * A loop whose view starts as {@code null} makes it in its first pass. The view is then not
   * the same object on every pass, so the compiled loop reads the view's store again for each
   * record, and the allocation's runtime call in the loop leaves its variables on the stack: in W3's
   * random gather, 47 instructions a record against 21 over a view made first (JDK 25), and 1.3
   * to 2.9 times the time on JDK 17 and 25 (BENCHMARKS.md, W3).
   *
   * @param reuse the view to move, or {@code null} to make one
   * @return {@code reuse}, moved, or a new view
   */
  public V moveTo(V reuse, long... index) {
    long p = position(view.live(), index);
    return place(reuse, p);
  }

  /**
   * Moves a view to record {@code i} of a 1-D array, allocating nothing (not even the varargs
   * array of {@link #moveTo(Object, long...)}). Over records that lie one after another, a counted
   * {@code int} loop of these runs as fast as the view's own {@code moveTo(offset)} loop on JDK 25,
   * and on JDK 17 writes as fast and reads at the speed of hand-written {@code VarHandle} code
   * indexed the same way, about half that loop's (BENCHMARKS.md, W1i and W1iw). Make the view
   * before such a loop, not in its first pass (see {@link #moveTo(Object, long...)}).
   *
   * @throws IllegalArgumentException if the array is not 1-D
   */
  public V moveTo(V reuse, long i) {
    int k = (int) i;
    if (k == i && k >= 0 && k < dense) {
      // Records one after another: the record's index is then a linear function of i, and in a
      // counted loop JDK 25's JIT hoists these int tests and the accesses' bounds checks (k == i
      // folds away for an int loop's counter). JDK 17's does not take k * 7, which it rewrites as
      // (k << 3) - k, for a scaled index, and keeps them; k < dense places the record, so the
      // view skips its own check of it, which it would keep too (RecordType.movePlaced).
      view.open();
      return type.movePlaced(reuse, single, denseStart + k * type.size(), RecordType.Placed.BY_ARRAY);
    }
    ViewLayout l = view.open();
    requireDimensions(l, 1);
    long p = l.offset + l.checkedIndex(0, i) * l.strides[0];
    ByteStore s = single;
    return s != null ? type.move(reuse, s, (int) p) : place(reuse, p);
  }

  /**
   * Moves a view to record {@code (i, j)} of a 2-D array, allocating nothing.
   *
   * @throws IllegalArgumentException if the array is not 2-D
   */
  public V moveTo(V reuse, long i, long j) {
    ViewLayout l = view.open();
    requireDimensions(l, 2);
    long p = l.offset + l.checkedIndex(0, i) * l.strides[0] + l.checkedIndex(1, j) * l.strides[1];
    return place(reuse, p);
  }

  /**
   * Places a view on the record at byte {@code p} of the memory, in the window that holds it. Not in
   * the one store of memory past 2 GiB that a for-each walks: a loop of moves over a 5 GiB file ran
   * 1.7 times slower through it (W6 {@code viewMoveToIndex}, JDK 25, 2026-12-07), each move then
   * checking a {@code long} position where a window's is an {@code int}.
   */
  private V place(V reuse, long p) {
    return type.move(reuse, windows.store(p), windows.index(p));
  }

  private static void requireDimensions(ViewLayout l, int n) {
    if (l.ndim != n) {
      throw new IllegalArgumentException("a " + l.ndim + "-dimensional record array needs " + l.ndim
          + " indices, got " + n);
    }
  }

  private static long position(ViewLayout l, long[] index) {
    if (index == null || index.length != l.ndim) {
      throw new IllegalArgumentException("a " + l.ndim + "-dimensional record array needs " + l.ndim
          + " indices, got " + (index == null ? "null" : String.valueOf(index.length)));
    }
    return l.positionOf(index);
  }

  /**
   * Returns the records in row-major order (all {@link #size()} of them: a 0-d array's one record,
   * as NumPy's {@code flat}), each a new view (safe to keep), visited as the iterator advances. A for-each over an array is as fast as a view moved by hand in a counted
   * loop (BENCHMARKS.md, W1i): each view type iterates with its own cursor class, so the JIT
   * inlines the loop, hoists its bounds checks and removes the views it does not keep. Over a
   * mapping past 2 GiB on JDK 22 and later, records one after another are visited through one
   * store of the whole mapping with a {@code long} counter ({@link LongRecordCursor}), at the speed
   * of a for-each over 1 GiB (W6). On JDK 17 to 21, whose buffers hold at most 2 GiB, such a loop
   * crosses windows, and one loop over several windows cannot hoist the window's store: it runs at
   * 17 to 26% of the bandwidth, where {@link #forEach} and {@link #stream}, a loop per window, keep
   * their speed: prefer those there.
   *
   * <p>Where a JVM reads records of one view type from several kinds of memory (a {@code byte[]}, a
   * direct buffer, a mapping), {@link #forEach} keeps its speed on JDK 17 and 25: it iterates with
   * a cursor class of its own for each kind (BENCHMARKS.md, W8). Other loops can lose theirs. A
   * for-each and the view's own {@code moveTo} loop keep theirs, or nearly (up to 1.2 times the
   * time of hand-written code), when other loops read the direct buffer, and run 4 to 6 times
   * slower on JDK 17 when the same loop reads both kinds; {@code moveTo(reuse, i)} runs 5 to 6
   * times slower on JDK 17 and 25; a stream 20 times slower after other streams read a direct
   * buffer, on both (the JDK's shared stream stage is then compiled too big to inline:
   * {@code -XX:InlineSmallCode=6000} lifts it). Prefer {@link #forEach} there.
   *
   * <p>A view from an array past 2 GiB counts {@code recordOffset()} and {@code moveTo(int)} in the
   * store it was placed in: on JDK 22 and later the whole mapping for the views of a for-each
   * ({@code recordOffset()} then throws past 2^31 - 1), a window of up to 2 GiB for those of
   * {@link #get}, {@link #moveTo(Object, long...)}, {@link #forEach} and streams, and for every
   * view on JDK 17 to 21.
   *
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public Iterator<V> iterator() {
    LongRecordCursor<V> f = firstLong;
    // One cursor class for every kind of store: a for-each is a loop in the caller's code, whose
    // next() call would otherwise see a cursor class per kind of memory the caller reads. Cursors
    // by kind made a loop over a byte[] fast after another loop read a direct buffer (W8 apart,
    // JDK 17: 0.49 ns a record against 5.9), but one loop over both kinds slow (W8 same: 10.4
    // against 5.9 on JDK 17, each view allocated; 2.6 against 0.53 on JDK 25; BENCHMARKS.md).
    return f != null ? longCursor(f) : cursor(null);
  }

  /**
   * Returns the records as a spliterator: ordered, sized, and split in halves for parallel streams
   * when the array is 1-D.
   *
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public Spliterator<V> spliterator() {
    return cursor();
  }

  /**
   * Returns the records as a sequential stream, each a new view, in row-major order; call
   * {@code parallel()} on it to split a 1-D array across threads.
   *
   * @throws IllegalStateException if the array was closed
   */
  public Stream<V> stream() {
    return StreamSupport.stream(cursor(), false);
  }

  /**
   * Gives each record, as a new view, to {@code action} in row-major order.
   *
   * @throws IllegalArgumentException if {@code action} is null
   * @throws IllegalStateException if the array was closed
   */
  @Override
  public void forEach(Consumer<? super V> action) {
    Require.nonNull(action, "action");
    cursor().forEachRemaining(action);
  }

  private LongRecordCursor<V> longCursor(LongRecordCursor<V> f) {
    view.live();
    return type.longCursor().copy(f);
  }

  /** A cursor for a walk whose every store has the class of {@code kind}, or any class if null. */
  private RecordCursor<V> cursor(ByteStore kind) {
    view.live();
    RecordCursor<V> f = first;
    if (f == null) {
      f = firstCursor();
    }
    return type.cursor(kind).copy(f);
  }

  /**
   * A cursor of the class for this array's kind of store ({@link RecordType#cursor(ByteStore)}):
   * for forEach and streams, whose loop is the cursor's own, compiled per cursor class.
   */
  private RecordCursor<V> cursor() {
    return cursor(windows.kind());
  }

  private RecordCursor<V> firstCursor() {
    // Two threads may both make one; they are alike, and either may stay.
    RecordCursor<V> f = type.cursor().start(view, windows, view.live(), type.size(), Integer.MAX_VALUE).share();
    first = f;
    return f;
  }

  /**
   * Returns a cursor that counts in blocks of {@code block} records, as arrays of more than fit an
   * {@code int} counter are counted, of the class forEach takes: for tests of blocks, which cannot
   * make 2^31 records.
   */
  RecordCursor<V> cursor(int block) {
    return type.cursor(windows.kind()).start(view, windows, view.live(), type.size(), block);
  }

  /**
   * Slices the first dimensions, one {@link Slice} each, zero-copy, sharing this array's export.
   *
   * @throws IllegalArgumentException for more slices than dimensions, or a step of 0
   */
  public RecordArray<V> slice(Slice... slices) {
    // A slice has this array's memory and read-only flag: it shares the stores cut from them.
    return new RecordArray<>(type, view.slice(slices), windows);
  }

  /**
   * Exports the records with their format, shape and strides, as a view would, with this array as
   * the descriptor's owner: {@code MemoryView.of(array).obj()} is the array, as CPython's
   * {@code memoryview(exporter).obj} is the exporter.
   */
  @Override
  public BufferInfo getBuffer(int flags) {
    return view.getBuffer(flags, this);
  }

  /**
   * Ends an export of this array.
   *
   * @throws IllegalArgumentException if {@code info} was not exported by this array
   * @throws IllegalStateException if {@code info} is not a live export: released already
   */
  @Override
  public void releaseBuffer(BufferInfo info) {
    view.releaseBuffer(info, this);
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
