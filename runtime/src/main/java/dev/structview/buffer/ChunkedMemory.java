package dev.structview.buffer;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A mapping of any size on JDK 17, as a row of {@link MappedByteBuffer}s (JDK 22 and later map one
 * {@code MemorySegment} instead, {@link Mappings}).
 *
 * <p>Window {@code k} maps the bytes from {@code k << 30} up to {@link Memory#MAX_BUFFER_BYTES}
 * further (or to the end):
 * the windows overlap by 1 GiB - 8 bytes, so any range of at most 1 GiB - 8 bytes lies whole in the
 * window of its first byte. An item or record therefore never straddles two buffers: every access is one buffer access
 * at {@code index >>> 30}, with no byte-by-byte path and no alignment rule on record sizes or
 * offsets (chunks cut at multiples of one record size would serve one record type only, and a
 * memoryview item of another size could still straddle them). Overlapping mappings of one file
 * share the page cache, so a write through one window is seen through the others; copy-on-write
 * ({@code PRIVATE}) mappings do not share copied pages, so they are limited to one window.
 * Memory of at most {@link Memory#MAX_BUFFER_BYTES} is one window.
 */
final class ChunkedMemory extends Memory {
  /** Windows start every {@code 1 << SHIFT} bytes. */
  static final int SHIFT = 30;

  private final long size;
  private final int shift;
  private final long mask;
  private final MappedByteBuffer[] mapped;
  private ByteBuffer[] little;
  private ByteBuffer[] big;
  private volatile boolean closed;

  private ChunkedMemory(long size, boolean readOnly, MappedByteBuffer[] mapped) {
    super(readOnly);
    this.size = size;
    this.shift = mapped.length <= 1 ? 31 : SHIFT;
    this.mask = (1L << shift) - 1;
    this.mapped = mapped;
    this.little = new ByteBuffer[mapped.length];
    this.big = new ByteBuffer[mapped.length];
    for (int k = 0; k < mapped.length; k++) {
      little[k] = mapped[k].duplicate().order(ByteOrder.LITTLE_ENDIAN);
      big[k] = mapped[k].duplicate().order(ByteOrder.BIG_ENDIAN);
    }
  }

  /** Maps {@code size} bytes of a channel's file from {@code offset}, in overlapping windows. */
  static ChunkedMemory mapWindows(FileChannel channel, FileChannel.MapMode mode, long offset, long size)
      throws IOException {
    if (size > MAX_BUFFER_BYTES && mode == FileChannel.MapMode.PRIVATE) {
      throw new UnsupportedOperationException("a copy-on-write mapping of " + size + " bytes needs JDK 22"
          + " or later; on JDK 17 PRIVATE mappings are limited to " + MAX_BUFFER_BYTES + " bytes");
    }
    int windows = size <= MAX_BUFFER_BYTES ? 1 : (int) ((size - 1) >>> SHIFT) + 1; // fits: Memory.MAX_MAPPING_BYTES
    // Grown as windows map, not sized first: a size past the file fails at its first window,
    // before any memory is spent on the windows it will never have.
    List<MappedByteBuffer> mapped = new ArrayList<>();
    try {
      for (int k = 0; k < windows; k++) {
        long start = (long) k << SHIFT;
        mapped.add(channel.map(mode, offset + start, Math.min(size - start, MAX_BUFFER_BYTES)));
      }
    } catch (IOException | RuntimeException e) {
      Unmapper.unmap(mapped.toArray(new MappedByteBuffer[0]));
      throw e;
    }
    return new ChunkedMemory(size, mode == FileChannel.MapMode.READ_ONLY, mapped.toArray(new MappedByteBuffer[0]));
  }

  private int window(long index) {
    return (int) (index >>> shift);
  }

  private int at(long index) {
    return (int) (index & mask);
  }

  private ByteBuffer in(long index, boolean bigEndian) {
    ByteBuffer[] row = bigEndian ? big : little;
    if (row == null) {
      throw closed();
    }
    return row[window(index)];
  }

  @Override
  public long byteSize() {
    return size;
  }

  /** A mapping is its own storage: two mappings of one file are apart, as two {@code mmap}s are. */
  @Override
  Object storage() {
    return this;
  }

  @Override
  byte byteAt(long index) {
    return in(index, false).get(at(index));
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    return in(index, bigEndian).getShort(at(index));
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    return in(index, bigEndian).getInt(at(index));
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    return in(index, bigEndian).getLong(at(index));
  }

  @Override
  void putByteAt(long index, byte value) {
    in(index, false).put(at(index), value);
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    in(index, bigEndian).putShort(at(index), value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    in(index, bigEndian).putInt(at(index), value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    in(index, bigEndian).putLong(at(index), value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    // A copy of more than 1 GiB may cross windows: copy it in pieces that each fit one.
    while (length > 0) {
      ByteBuffer w = in(index, false);
      int n = Math.min(length, w.limit() - at(index));
      w.get(at(index), target, targetIndex, n);
      index += n;
      targetIndex += n;
      length -= n;
    }
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    while (length > 0) {
      ByteBuffer w = in(index, false);
      int n = Math.min(length, w.limit() - at(index));
      w.put(at(index), source, sourceIndex, n);
      index += n;
      sourceIndex += n;
      length -= n;
    }
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    // The empty slice at the end of a mapping of whole gigabytes starts where no window does: the
    // last window ends there.
    int k = index == size && index > 0 ? window(index - 1) : window(index);
    int at = (int) (index - ((long) k << shift));
    ByteBuffer[] row = little;
    if (row == null) {
      throw closed();
    }
    ByteBuffer w = row[k];
    if (at > w.limit() - length) {
      throw new UnsupportedOperationException("a slice of " + length + " bytes at " + index + " crosses"
          + " the windows of a mapping on JDK 17; slices of at most " + MAX_ANY_SLICE_BYTES
          + " bytes (1 GiB - 8) always fit");
    }
    ByteBuffer slice = w.slice(at, length);
    return isReadOnly() && !slice.isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Accesses through this object fail from now on; then the pages go.
    little = null;
    big = null;
    Unmapper.unmap(mapped);
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Unmaps buffers now, through {@code sun.misc.Unsafe.invokeCleaner} where the JDK has it. */
  static final class Unmapper {
    private static final Object UNSAFE;
    private static final Method INVOKE_CLEANER;

    static {
      Object unsafe = null;
      Method invoke = null;
      try {
        Class<?> type = Class.forName("sun.misc.Unsafe");
        java.lang.reflect.Field f = type.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        unsafe = f.get(null);
        invoke = type.getMethod("invokeCleaner", ByteBuffer.class);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Without jdk.unsupported (a minimal jlink image) the garbage collector unmaps instead.
        unsafe = null;
        invoke = null;
      }
      UNSAFE = unsafe;
      INVOKE_CLEANER = invoke;
    }

    private Unmapper() {}

    static void unmap(MappedByteBuffer[] buffers) {
      if (INVOKE_CLEANER == null) {
        return;
      }
      for (MappedByteBuffer b : buffers) {
        if (b != null) {
          try {
            INVOKE_CLEANER.invoke(UNSAFE, b);
          } catch (ReflectiveOperationException e) {
            return; // the garbage collector unmaps it later
          }
        }
      }
    }
  }
}
