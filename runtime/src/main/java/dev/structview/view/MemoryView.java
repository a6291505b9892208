package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Exporters;
import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import dev.structview.internal.Require;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view of another object's memory with shape, strides and a struct format: CPython's
 * {@code memoryview}, with its semantics, checks and messages.
 *
 * <pre>{@code
 * byte[] data = new byte[24];
 * try (MemoryView bytes = MemoryView.of(data)) {
 *   MemoryView grid = bytes.cast("i", 2, 3);       // 2 x 3 native ints over the same bytes
 *   grid.set(7, 1, 2);                             // data[20..24) now holds 7
 *   MemoryView rows = grid.slice(Slice.of(null, null, -1L));   // rows reversed, zero-copy
 *   rows.toList();                                 // [[0, 0, 7], [0, 0, 0]]
 * }
 * }</pre>
 *
 * <h2>Lifetimes</h2>
 * {@link #of(BufferExporter)} makes one request to the exporter and wraps it in a
 * {@link ManagedBuffer}. Views derived from a view ({@link #of(BufferExporter)} of a view,
 * {@link #slice}, {@link #cast}, {@link #toReadOnly}) share that envelope and do not block each
 * other's release; the exporter's {@code releaseBuffer} runs exactly once, when the last view on the
 * envelope is released. A consumer's {@link #getBuffer} on a view is an export of that view:
 * {@link #release()} then throws {@link BufferException} ("memoryview has 1 exported buffer") and the
 * view stays usable until the consumer calls {@link #releaseBuffer}. {@link #release()} and
 * {@link #close()} are idempotent. After release every other operation throws
 * {@link IllegalStateException}, except {@link #toString()}, {@link #equals} (a released view
 * equals only itself) and {@link #hashCode()} if it was computed before.
 *
 * <h2>Errors</h2>
 * As CPython's, by family: {@code IndexError} is {@link IndexOutOfBoundsException};
 * {@code TypeError} and {@code ValueError} are {@link IllegalArgumentException};
 * {@code NotImplementedError} is {@link UnsupportedOperationException}; {@code BufferError} is
 * {@link BufferException}; a write through a read-only view is {@link ReadOnlyBufferException}.
 * Messages are CPython's.
 *
 * <h2>Beyond CPython</h2>
 * <ul>
 *   <li>Items of any struct format, not only native single characters: an element of
 *       {@code "<i"} is an {@code Integer}, of {@code "<ih"} a {@code List} of its two values;
 *       {@link #get}, {@link #set}, {@link #toList} and {@link #setSlice} all work on them, where
 *       CPython raises {@code NotImplementedError}.
 *   <li>{@link #slice(Slice...)} slices several dimensions at once, zero-copy, as NumPy does.
 *   <li>Exporters whose descriptors use suboffsets are refused ({@link BufferException}): Java
 *       memory holds no pointers to follow.
 * </ul>
 *
 * <h2>Threads</h2>
 * A view may be shared. Lifetime operations (deriving, exporting, releasing) are thread-safe and
 * lock-free, but for a consumer's export and its release, which record it under a lock: racing
 * releases of one view count once, and an operation racing with a release either completes as if
 * it came first or throws {@link IllegalStateException}. Element reads and writes are not
 * synchronized, like those of a {@link ByteBuffer}: coordinate writers.
 */
public final class MemoryView implements BufferExporter, AutoCloseable {
  private static final int RELEASED = -1;

  private final ManagedBuffer.Pin pin;
  private final ViewLayout layout;
  /**
   * The number of live consumer exports, or {@link #RELEASED}. An object of its own, not a field
   * changed through a VarHandle: a compare-and-set on the view would keep the JIT from removing a
   * view derived and released in one method (W5 viewAcquireRelease: 32 bytes on JDK 25, 72 with the
   * field).
   */
  private final AtomicInteger state = new AtomicInteger();
  /**
   * {@code state == RELEASED}, as a plain field that loops may read for nothing (record cursors
   * check it between records): set before the export goes, seen at once by the releasing thread.
   */
  private boolean releasedHint;
  private volatile boolean hashed;
  private volatile int hash;

  MemoryView(ManagedBuffer.Pin pin, ViewLayout layout) {
    this.pin = pin;
    this.layout = layout;
  }

  /** Returns a writable view of a whole array, zero-copy: format {@code "B"}. */
  public static MemoryView of(byte[] data) {
    return of(Exporters.writable(data), BufferFlags.FULL_RO);
  }

  /**
   * Returns a view of the bytes between a buffer's position and limit, zero-copy; read-only iff the
   * buffer is.
   */
  public static MemoryView of(ByteBuffer data) {
    return of(Exporters.of(data), BufferFlags.FULL_RO);
  }

  /**
   * Maps a whole file read-only, of any size, and returns a view of its bytes (format {@code "B"},
   * one dimension): Python's {@code memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))}.
   * The mapping is released when this view and every view made from it are released, not by the
   * garbage collector; {@code cast} it to read items, and index it with {@code long}s past 2 GiB.
   * An empty file gives an empty view, where Python's {@code mmap} refuses one ("cannot mmap an
   * empty file").
   *
   * @throws IllegalArgumentException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be opened or mapped, or is a directory
   *     or another file that is not regular
   */
  public static MemoryView map(Path file) {
    return map(file, FileChannel.MapMode.READ_ONLY);
  }

  /**
   * Maps a whole file in the given mode and returns a view of its bytes, as {@link #map(Path)}:
   * {@code READ_WRITE} writes through to the file ({@code mmap.ACCESS_WRITE}); {@code PRIVATE}
   * copies on write and leaves the file alone ({@code mmap.ACCESS_COPY}). Both open the file for
   * writing: Java maps copy-on-write only through a writable channel, so, unlike Python's, a
   * {@code PRIVATE} mapping of a file this process may not write fails.
   *
   * @throws IllegalArgumentException if an argument is null
   * @throws java.io.UncheckedIOException if the file cannot be opened (for writing, unless
   *     {@code READ_ONLY}) or mapped, or is a directory or another file that is not regular
   * @throws UnsupportedOperationException for a {@code PRIVATE} mapping of more than 2 GiB - 1
   *     bytes on JDK 17 to 21
   */
  public static MemoryView map(Path file, FileChannel.MapMode mode) {
    Require.nonNull(file, "file");
    Require.nonNull(mode, "mode");
    Memory memory;
    try (FileChannel channel = MappedExporter.open(file, mode)) {
      memory = Memory.map(channel, mode, 0, MappedExporter.size(channel, file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e, e);
    }
    try {
      return of(MappedExporter.bytes(memory), BufferFlags.FULL_RO);
    } catch (RuntimeException e) {
      memory.close();
      throw e;
    }
  }

  /**
   * Returns a view of an exporter's memory, requesting {@link BufferFlags#FULL_RO} as CPython does;
   * for a view, returns a new view sharing its envelope.
   *
   * @throws BufferException if the exporter refuses, or returns suboffsets
   * @throws IllegalArgumentException if {@code exporter} is null
   * @throws IllegalStateException if {@code exporter} is a released view
   */
  public static MemoryView of(BufferExporter exporter) {
    if (exporter instanceof MemoryView) {
      MemoryView view = (MemoryView) exporter;
      return view.derive(view.live()); // memoryview(view): the same layout, whatever it is
    }
    return of(exporter, BufferFlags.FULL_RO);
  }

  /**
   * Returns a view of an exporter's memory made with one request of the given flags.
   *
   * <p>A view is asked like any exporter: the request is checked as CPython's {@code memory_getbuf}
   * checks it, with its messages ("memoryview: underlying buffer is not writable", the contiguity
   * errors, "cannot cast to unsigned bytes if the format flag is present"), and the new view is what
   * that request gets, as {@code memoryview(view.__buffer__(flags))} in Python 3.12+: without
   * {@link BufferFlags#FORMAT}, items read as unsigned bytes ({@code "B"}) at the old item size;
   * without {@link BufferFlags#ND}, one dimension. Unlike Python's, the new view does not hold an
   * export of the old one: it shares its envelope, as {@link #of(BufferExporter)} of a view does,
   * so either can be released first.
   *
   * @throws BufferException if the exporter refuses, or returns suboffsets
   * @throws IllegalArgumentException if {@code exporter} is null or {@code flags} is not a request
   * @throws IllegalStateException if {@code exporter} is a released view
   */
  public static MemoryView of(BufferExporter exporter, int flags) {
    if (exporter == null) {
      throw new IllegalArgumentException("memoryview: a bytes-like object is required, not null");
    }
    if (exporter instanceof MemoryView) {
      BufferFlags.requireRequest(flags);
      MemoryView view = (MemoryView) exporter;
      ViewLayout source = view.live();
      return view.derive(ViewLayout.of(Exports.serve(source, flags, view.obj())));
    }
    ManagedBuffer.Pin pin = ManagedBuffer.acquire(exporter, flags);
    try {
      return new MemoryView(pin, ViewLayout.of(pin.buffer().info()));
    } catch (RuntimeException e) {
      pin.close();
      throw e;
    }
  }

  private MemoryView derive(ViewLayout derived) {
    return new MemoryView(pin.buffer().pin(), derived);
  }

  /** Returns the layout, or throws if this view has been released. */
  ViewLayout live() {
    if (state.get() == RELEASED) {
      throw new IllegalStateException("operation forbidden on released memoryview object");
    }
    return layout;
  }

  // ---- attributes ---------------------------------------------------------------------------

  /** Returns the struct format of one element, as exported or as cast. */
  public String format() {
    return live().format;
  }

  /** Returns the size of one element in bytes. */
  public long itemsize() {
    return live().itemsize;
  }

  /** Returns the number of dimensions. */
  public int ndim() {
    return live().ndim;
  }

  /** Returns a copy of the shape; empty for a 0-d view. */
  public long[] shape() {
    return live().shape.clone();
  }

  /** Returns a copy of the strides in bytes; empty for a 0-d view. */
  public long[] strides() {
    return live().strides.clone();
  }

  /** Returns {@code null}: views never have suboffsets (see the class description). */
  public long[] suboffsets() {
    live();
    return null;
  }

  /** Returns the number of bytes the elements occupy: {@code product(shape) * itemsize}. */
  public long nbytes() {
    return live().nbytes;
  }

  /** Returns whether writes are refused. */
  public boolean readonly() {
    return live().readonly;
  }

  /** Returns whether the elements are C-contiguous (row-major). */
  public boolean isCContiguous() {
    return live().cContiguous;
  }

  /** Returns whether the elements are Fortran-contiguous (column-major). */
  public boolean isFContiguous() {
    return live().fContiguous;
  }

  /** Returns whether the elements are C- or Fortran-contiguous. */
  public boolean isContiguous() {
    ViewLayout l = live();
    return l.cContiguous || l.fContiguous;
  }

  /** Returns the exporter's object: the owner of the exported memory (for {@code of(byte[])}, the array). */
  public Object obj() {
    live();
    Object owner = pin.buffer().info().owner();
    return owner != null ? owner : pin.buffer().exporter();
  }

  /** Returns the envelope this view shares with the views derived from the same export. */
  public ManagedBuffer managedBuffer() {
    live();
    return pin.buffer();
  }

  /**
   * Returns the extent of the first dimension: Python's {@code len}.
   *
   * @throws IllegalArgumentException for a 0-d view ("0-dim memory has no length")
   */
  public long length() {
    ViewLayout l = live();
    if (l.ndim == 0) {
      throw new IllegalArgumentException("0-dim memory has no length");
    }
    return l.shape[0];
  }

  // ---- elements -----------------------------------------------------------------------------

  /**
   * Returns one element: {@code get()} on a 0-d view, {@code get(i)} on a 1-D view,
   * {@code get(i, j, ...)} with one index per dimension. Negative indices count from the end.
   *
   * @throws IndexOutOfBoundsException "index out of bounds on dimension K" (K counted from 1)
   * @throws UnsupportedOperationException for fewer indices than dimensions, or an unusable format
   * @throws IllegalArgumentException for more indices than dimensions, or indices on a 0-d view;
   *     {@link dev.structview.format.StructException} for an item of a struct format that no Java
   *     array holds, or whose values do not fit the heap (a count sizes items: {@code 3000000000s})
   */
  public Object get(long... index) {
    ViewLayout l = live();
    long position = locate(l, index, false);
    return l.codec().read(l.memory, position);
  }

  /**
   * Writes one element, indexed as {@link #get}; the value is checked as CPython's memoryview
   * checks it.
   *
   * @throws ReadOnlyBufferException if the view is read-only
   * @throws IllegalArgumentException "memoryview: invalid type for format 'i'" or "invalid value"
   * @throws IndexOutOfBoundsException as {@link #get}
   * @throws UnsupportedOperationException as {@link #get}
   */
  public void set(Object value, long... index) {
    ViewLayout l = live();
    l.codec().checkFormat();
    if (l.readonly) {
      throw new ReadOnlyMemoryException("cannot modify read-only memory");
    }
    long position = locate(l, index, true);
    l.codec().write(l.memory, position, value);
  }

  /** Resolves an index to a byte position, with CPython's checks in CPython's order. */
  private static long locate(ViewLayout l, long[] index, boolean forWrite) {
    if (index == null) {
      throw new IllegalArgumentException("memoryview: invalid slice key");
    }
    if (l.ndim == 0) {
      if (index.length != 0) {
        throw new IllegalArgumentException("invalid indexing of 0-dim memory");
      }
      l.codec().checkFormat();
      return l.offset;
    }
    l.codec().checkFormat();
    if (index.length < l.ndim) {
      throw new UnsupportedOperationException(index.length == 1 && !forWrite
          ? "multi-dimensional sub-views are not implemented" : "sub-views are not implemented");
    }
    if (index.length > l.ndim) {
      throw new IllegalArgumentException("cannot index " + l.ndim + "-dimension view with "
          + index.length + "-element tuple");
    }
    return l.positionOf(index);
  }

  /**
   * Returns the elements as nested lists in row-major order; a 0-d view gives its element.
   *
   * @throws UnsupportedOperationException if the format is unusable for elements
   * @throws IllegalArgumentException if the view has more elements than a Java list holds (zero
   *     strides can make a small memory describe billions), or the lists do not fit the heap
   */
  public Object toList() {
    ViewLayout l = live();
    l.codec().checkFormat();
    if (l.ndim == 0) {
      return l.codec().read(l.memory, l.offset);
    }
    return ViewLists.toList(l);
  }

  // ---- derived views ------------------------------------------------------------------------

  /**
   * Slices the first dimension, zero-copy: Python's {@code m[start:stop:step]}.
   *
   * @throws IllegalArgumentException for a 0-d view or a step of 0
   */
  public MemoryView slice(Slice slice) {
    return slice(new Slice[] {slice});
  }

  /**
   * Slices the first {@code slices.length} dimensions, one {@link Slice} each, zero-copy; the other
   * dimensions are kept whole. Beyond CPython, which slices only the first dimension; a negative
   * step reverses its dimension, an empty result keeps its scaled stride.
   *
   * @throws IllegalArgumentException for a 0-d view, more slices than dimensions, or a step of 0
   */
  public MemoryView slice(Slice... slices) {
    ViewLayout l = live();
    if (slices == null) {
      throw new IllegalArgumentException("memoryview: invalid slice key");
    }
    if (l.ndim == 0) {
      throw new IllegalArgumentException("invalid indexing of 0-dim memory");
    }
    if (slices.length > l.ndim) {
      throw new IllegalArgumentException("cannot slice a " + l.ndim + "-dimension view with "
          + slices.length + " slices");
    }
    for (int d = 0; d < slices.length; d++) {
      if (slices[d] == null) {
        throw new IllegalArgumentException("memoryview: invalid slice key");
      }
      l = l.slice(d, slices[d]);
    }
    return derive(l);
  }

  /**
   * Casts to a native single-character format as a 1-D view: Python's {@code m.cast(format)}. A
   * format with a NUL character is refused as any other invalid format is; CPython reads the format
   * as a C string and stops at the NUL, so it takes {@code "B\0"} for {@code "B"}.
   *
   * @throws IllegalArgumentException with CPython's message for each rule of {@code cast}
   */
  public MemoryView cast(String format) {
    requireFormat(format);
    return derive(Casts.cast(live(), format, null));
  }

  /**
   * Casts to a native single-character format and a shape: Python's {@code m.cast(format, shape)}.
   * An empty shape makes a 0-d view.
   *
   * @throws IllegalArgumentException with CPython's message for each rule of {@code cast}
   */
  public MemoryView cast(String format, long... shape) {
    requireFormat(format);
    ViewLayout l = live();
    if (shape == null) {
      throw new IllegalArgumentException("shape must be a list or a tuple");
    }
    return derive(Casts.cast(l, format, shape));
  }

  private static void requireFormat(String format) {
    if (format == null) {
      throw new IllegalArgumentException("cast() argument 'format' must be str, not null");
    }
  }

  /** Returns a read-only view of the same elements, sharing the envelope. */
  public MemoryView toReadOnly() {
    return derive(live().readOnly());
  }

  /**
   * Copies {@code source} into the elements {@code slice} selects: Python's
   * {@code m[start:stop:step] = source}. The source may be a {@code byte[]} (format {@code "B"}), a
   * view or any exporter; its structure (format without a leading {@code @}, itemsize and shape)
   * must equal the destination's. Overlapping memory is copied correctly. Contiguous items, and
   * items in memory known apart from the destination's ({@link Memory#mayOverlap}), are copied
   * through a bounded buffer, whatever their size; strided items whose memory may be the
   * destination's are read into one array first, as CPython reads them into a temporary buffer.
   *
   * @throws ReadOnlyBufferException if this view is read-only
   * @throws IllegalArgumentException if the structures differ, the source is not bytes-like, the
   *     view is 0-d, or the step is 0; if a copy that needs an array of the source's bytes finds no
   *     room for it (as {@link #toBytes()})
   * @throws UnsupportedOperationException if the view is not 1-D or its format is unusable
   */
  public void setSlice(Slice slice, Object source) {
    ViewLayout l = live();
    l.codec().checkFormat();
    if (l.readonly) {
      throw new ReadOnlyMemoryException("cannot modify read-only memory");
    }
    if (l.ndim == 0) {
      throw new IllegalArgumentException("invalid indexing of 0-dim memory");
    }
    if (l.ndim != 1) {
      throw new UnsupportedOperationException(
          "memoryview slice assignments are currently restricted to ndim = 1");
    }
    SliceAssignment.assign(l, slice, source);
  }

  // ---- bytes --------------------------------------------------------------------------------

  /**
   * Returns the elements' bytes in C (row-major) order.
   *
   * @throws IllegalArgumentException if they do not fit a Java array
   */
  public byte[] toBytes() {
    return ViewBytes.toBytes(live(), 'C');
  }

  /**
   * Returns the elements' bytes in {@code 'C'} (row-major) or {@code 'F'} (column-major) order, or
   * {@code 'A'}: as they lie in memory when the view is contiguous either way, else row-major.
   *
   * @throws IllegalArgumentException "order must be 'C', 'F' or 'A'", or if the bytes do not fit a
   *     Java array
   */
  public byte[] toBytes(char order) {
    ViewLayout l = live();
    if (order != 'C' && order != 'F' && order != 'A') {
      throw new IllegalArgumentException("order must be 'C', 'F' or 'A'");
    }
    return ViewBytes.toBytes(l, order);
  }

  /**
   * Returns the bytes in C order as lowercase hex digits.
   *
   * @throws IllegalArgumentException if the digits do not fit a Java string
   */
  public String hex() {
    ViewLayout l = live();
    ViewBytes.checkHexLength(l.nbytes, null);
    return ViewBytes.hex(ViewBytes.toBytes(l, 'C'), null, 0);
  }

  /**
   * Returns the bytes in C order as lowercase hex digits with a separator every
   * {@code |bytesPerSep|} bytes, counted from the right when positive and from the left when
   * negative.
   *
   * @throws IllegalArgumentException if {@code sep} is not one ASCII character, or the digits do
   *     not fit a Java string
   */
  public String hex(String sep, int bytesPerSep) {
    ViewLayout l = live();
    ViewBytes.checkSeparator(sep);
    ViewBytes.checkHexLength(l.nbytes, sep);
    return ViewBytes.hex(ViewBytes.toBytes(l, 'C'), sep, bytesPerSep);
  }

  // ---- the buffer protocol ------------------------------------------------------------------

  /**
   * Exports this view to a consumer, as CPython's {@code memory_getbuf}; the view cannot be released
   * until {@link #releaseBuffer} is called with the result.
   *
   * @throws BufferException if the request cannot be met, with CPython's message
   * @throws IllegalStateException if this view has been released
   */
  @Override
  public BufferInfo getBuffer(int flags) {
    return getBuffer(flags, this);
  }

  /**
   * Exports this view as {@code owner}'s memory: the descriptor's {@code obj} is the object a
   * consumer sees (an array's, not the view inside it), and {@link #releaseBuffer(BufferInfo, Object)}
   * with the same owner ends the export.
   */
  BufferInfo getBuffer(int flags, Object owner) {
    BufferFlags.requireRequest(flags);
    ViewLayout l = live();
    BufferInfo info = Exports.serve(l, flags, owner);
    while (true) {
      int exports = state.get();
      if (exports == RELEASED) {
        throw new IllegalStateException("operation forbidden on released memoryview object");
      }
      if (state.compareAndSet(exports, exports + 1)) {
        pin.lend(info);
        return info;
      }
    }
  }

  /**
   * Ends a consumer's export. Each export is released once: CPython's {@code PyBuffer_Release}
   * clears the buffer's {@code obj}, so a second release of one does nothing there; here it is
   * refused, since counting it would end another consumer's export and let the view, and perhaps
   * its mapping, be released under it.
   *
   * @throws IllegalArgumentException if {@code info} was not exported by this view
   * @throws IllegalStateException if {@code info} is not a live export: released already
   */
  @Override
  public void releaseBuffer(BufferInfo info) {
    releaseBuffer(info, this);
  }

  /** Ends an export that {@link #getBuffer(int, Object)} made for {@code owner}. */
  void releaseBuffer(BufferInfo info, Object owner) {
    if (info == null || info.owner() != owner) {
      throw new IllegalArgumentException("releaseBuffer of a buffer " + (owner == this ? "this view" : "this array")
          + " did not export");
    }
    pin.takeBack(info);
    while (true) {
      int exports = state.get();
      if (exports <= 0) {
        throw new IllegalStateException("releaseBuffer without a live export of this memoryview");
      }
      if (state.compareAndSet(exports, exports - 1)) {
        return;
      }
    }
  }

  /**
   * Releases this view; the export is released to the exporter when the last view sharing it goes.
   * Does nothing if already released.
   *
   * @throws BufferException "memoryview has N exported buffer(s)" while consumers hold exports; the
   *     view stays usable
   */
  public void release() {
    while (true) {
      int exports = state.get();
      if (exports == RELEASED) {
        return;
      }
      if (exports > 0) {
        throw new BufferException("memoryview has " + exports + " exported buffer" + (exports == 1 ? "" : "s"));
      }
      if (state.compareAndSet(0, RELEASED)) {
        releasedHint = true;
        pin.close();
        return;
      }
    }
  }

  /** Same as {@link #release()}, for try-with-resources. */
  @Override
  public void close() {
    release();
  }

  /** Whether this view was released, by a plain read: see {@link #releasedHint}. */
  boolean releasedHint() {
    return releasedHint;
  }

  /**
   * Returns the layout, or throws if this view has been released, by the plain read of
   * {@link #releasedHint()}: for loops, where {@link #live()}'s volatile read would cost each step.
   */
  ViewLayout open() {
    if (releasedHint) {
      throw new IllegalStateException("operation forbidden on released memoryview object");
    }
    return layout;
  }

  /** Returns whether this view has been released. */
  public boolean isReleased() {
    return state.get() == RELEASED;
  }

  // ---- equality -----------------------------------------------------------------------------

  /**
   * Compares element values as CPython's {@code ==} does, across formats and layouts, except that a
   * view always equals itself (Java requires it; CPython's {@code m == m} is false when {@code m}
   * holds a NaN). Only views compare equal to views; a released view equals only itself.
   *
   * <p>The time taken is bounded by the memory the two views address: a dimension of stride 0 in
   * both is compared once, however long.
   *
   * @throws IllegalArgumentException if strides that overlap would make the comparison visit more
   *     elements than the views' memory holds bytes, and more than 2<sup>20</sup>; for items
   *     {@link #get} cannot read, as it says
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MemoryView)) {
      return false;
    }
    MemoryView other = (MemoryView) o;
    if (isReleased() || other.isReleased()) {
      return false;
    }
    return ViewEquality.equal(layout, other.layout);
  }

  /**
   * Returns a hash consistent with {@link #equals} across formats: {@code 1}, {@code 1.0} and
   * {@code true} hash alike, as in Python. It is computed from the current contents on every call,
   * as {@link ByteBuffer#hashCode()} is, so it changes when they do (do not use views whose memory
   * changes as hash keys). That holds for read-only views too: the memory a read-only view sees
   * can still change through a writable view of the same export, or through its owner. After
   * release the last computed hash is returned.
   *
   * <p>The time taken is bounded by the memory the view addresses: a dimension of stride 0 is
   * hashed by squaring, not element by element.
   *
   * @throws IllegalStateException if the view was released before any hash was computed
   * @throws IllegalArgumentException if strides that overlap would make the hash visit more
   *     elements than the view's memory holds bytes, and more than 2<sup>20</sup>; for items
   *     {@link #get} cannot read, as it says
   */
  @Override
  public int hashCode() {
    ViewLayout l;
    try {
      l = live();
    } catch (IllegalStateException released) {
      // Not "if released, return the hash": a release landing between that check and live() threw.
      if (hashed) {
        return hash;
      }
      throw released;
    }
    int h = ViewEquality.hash(l);
    hash = h;
    hashed = true;
    return h;
  }

  @Override
  public String toString() {
    if (isReleased()) {
      return "MemoryView[released]";
    }
    return "MemoryView[" + layout + "]";
  }
}
