package dev.structview.memory;

import dev.structview.buffer.Memory;
import dev.structview.internal.Require;

/**
 * The {@link ByteStore}s of a {@link Memory} of any size, cut so that no record straddles two: what
 * a record array moves its views over. Not API: the view package uses it, and its signatures may
 * change between releases.
 *
 * <p>Memory of at most {@link Memory#MAX_BUFFER_BYTES} is one store. Larger memory is windows of up
 * to that many bytes starting every 1 GiB: they overlap by almost 1 GiB, so a record of up to
 * 1 GiB - 8 bytes lies
 * whole in the window of its first byte, whatever the record size, offset and strides. A view
 * then indexes its store with an {@code int}, as over an array, and the record check of a move is
 * the one range check per record; stores are made once, when the array is. A region of a JDK 17
 * mapping that starts between the mapping's own windows cannot be cut so (its buffers must lie
 * inside those windows): it is cut into windows of 1 GiB every 512 MiB, for records of up to
 * 512 MiB.
 *
 * <p>Larger memory that is one {@code MemorySegment} (JDK 22 and later) also has a {@link #whole()}
 * store, indexed by {@code long}, through which one loop crosses the whole memory: a for-each over
 * windows changes its store at each window, and a loop whose store changes cannot hoist anything
 * about it (BENCHMARKS.md, W6). The windows stay for everything else: a loop per window, as
 * {@code forEach} and streams run, reads a window's buffer faster than a loop reads the whole
 * store, the runs of an {@code int} cursor index their store with an {@code int}, and a move to a
 * record checks an {@code int} position (a loop of {@code RecordArray.moveTo} over 5 GiB ran 1.7
 * times slower through the whole store).
 */
public final class RecordWindows {
  private static final int SHIFT = 30;
  /** The windows of a region of a JDK 17 mapping that does not start on one of its windows. */
  private static final int FINE_SHIFT = 29;

  /**
   * Whether memory past 2 GiB is one {@code MemorySegment} with {@code long} access of its own: on
   * JDK 17 to 21 such memory is buffers of at most 2 GiB, and reading it through one store would
   * look up the buffer of every access (a for-each over 5 GiB: 1.6 GB/s, against 2.1 to 2.3 over
   * windows, 2026-12-07).
   */
  private static final boolean ONE_SEGMENT = "MemorySegment".equals(Memory.mappingBackend());

  private final ByteStore[] stores;
  /** The store of the whole memory: the one window, or a {@link MemoryStore}; or {@code null}. */
  private final ByteStore whole;
  private final ByteStore kind;
  private final int shift;
  private final long mask;

  private RecordWindows(ByteStore[] stores, int shift, ByteStore whole) {
    this.stores = stores;
    this.whole = whole;
    this.kind = oneClass(stores);
    this.shift = shift;
    this.mask = (1L << shift) - 1;
  }

  /**
   * Cuts {@code memory} into windows for records of {@code recordSize} bytes.
   *
   * @param readOnly whether writes are refused even where the memory takes them
   * @throws IllegalArgumentException if {@code memory} is null, or records of more than 1 GiB are
   *     asked for over memory larger than {@link Memory#MAX_BUFFER_BYTES}
   */
  public static RecordWindows of(Memory memory, boolean readOnly, long recordSize) {
    Require.nonNull(memory, "memory");
    long size = memory.byteSize();
    try {
      if (size <= Memory.MAX_BUFFER_BYTES) {
        ByteStore one = ByteStore.of(memory.asByteBuffer(), readOnly);
        return new RecordWindows(new ByteStore[] {one}, 31, one);
      }
      return cut(memory, readOnly, recordSize, SHIFT, Memory.MAX_BUFFER_BYTES);
    } catch (UnsupportedOperationException e) {
      // A region of a JDK 17 mapping that starts between its windows (2 GiB - 1 bytes every 1 GiB):
      // a buffer of it must lie inside one of them. From any start a window holds 1 GiB more, so
      // windows of 1 GiB every 512 MiB serve any region, records of up to 512 MiB included.
      return cut(memory, readOnly, recordSize, FINE_SHIFT, 1L << (FINE_SHIFT + 1));
    }
  }

  /** Windows of at most {@code length} bytes starting every {@code 1 << shift} bytes. */
  private static RecordWindows cut(Memory memory, boolean readOnly, long recordSize, int shift, long length) {
    long size = memory.byteSize();
    long most = length - (1L << shift) + 1; // from the last byte of a window's stride, to its end
    if (recordSize > most) {
      throw new IllegalArgumentException("records of " + recordSize + " bytes over memory of " + size
          + " bytes: records over memory larger than 2 GiB may have at most " + most + " bytes");
    }
    int count = (int) ((size - 1) >>> shift) + 1;
    ByteStore[] stores = new ByteStore[count];
    for (int k = 0; k < count; k++) {
      long start = (long) k << shift;
      stores[k] = ByteStore.of(memory.slice(start, (int) Math.min(size - start, length)), readOnly);
    }
    return new RecordWindows(stores, shift, ONE_SEGMENT ? new MemoryStore(memory, readOnly) : null);
  }

  /** Returns {@code stores[0]} if every store is of its class, otherwise {@code null}. */
  private static ByteStore oneClass(ByteStore[] stores) {
    for (ByteStore s : stores) {
      if (s.getClass() != stores[0].getClass()) {
        return null;
      }
    }
    return stores[0];
  }

  /**
   * Returns a store of the class every window's store has, or {@code null} if they differ: what a
   * record array gives {@link dev.structview.view.RecordType#cursor(ByteStore)} to choose a cursor
   * whose walk then only meets stores of that class.
   */
  public ByteStore kind() {
    return kind;
  }

  /** Returns the one store of memory of at most {@link Memory#MAX_BUFFER_BYTES}, or {@code null}. */
  public ByteStore single() {
    return shift == 31 ? stores[0] : null;
  }

  /**
   * Returns one store of the whole memory, of any size, indexed by its positions: the one window of
   * memory of at most {@link Memory#MAX_BUFFER_BYTES}, a {@link MemoryStore} of larger memory that
   * is one {@code MemorySegment}; otherwise {@code null}.
   */
  public ByteStore whole() {
    return whole;
  }

  /** Returns the store that holds the record starting at byte {@code position} of the memory. */
  public ByteStore store(long position) {
    return stores[(int) (position >>> shift)];
  }

  /** Returns the index in {@link #store(long)} of byte {@code position} of the memory. */
  public int index(long position) {
    return (int) (position & mask);
  }

  /**
   * Returns how many records of {@code size} bytes, {@code stride} bytes apart, from the one at
   * byte {@code position}, lie whole in that record's store: at least 1 for a record that fits,
   * {@link Long#MAX_VALUE} for a stride of 0.
   */
  public long fit(long position, long stride, long size) {
    long index = index(position);
    if (stride > 0) {
      return (store(position).length() - size - index) / stride + 1;
    }
    return stride == 0 ? Long.MAX_VALUE : index / -stride + 1;
  }
}
