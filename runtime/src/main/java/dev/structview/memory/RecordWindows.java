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
 */
public final class RecordWindows {
  private static final int SHIFT = 30;
  /** The windows of a region of a JDK 17 mapping that does not start on one of its windows. */
  private static final int FINE_SHIFT = 29;

  private final ByteStore[] stores;
  private final int shift;
  private final long mask;

  private RecordWindows(ByteStore[] stores, int shift) {
    this.stores = stores;
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
        return new RecordWindows(new ByteStore[] {ByteStore.of(memory.asByteBuffer(), readOnly)}, 31);
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
    return new RecordWindows(stores, shift);
  }

  /** Returns the one store of memory of at most {@link Memory#MAX_BUFFER_BYTES}, or {@code null}. */
  public ByteStore single() {
    return shift == 31 ? stores[0] : null;
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
