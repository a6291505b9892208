package dev.structview.memory;

import dev.structview.internal.Require;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;


/**
 * A {@link ByteStore} over a direct or read-only {@link ByteBuffer}, indexed absolutely from 0 to
 * the buffer's limit when the store was made; writes to a read-only buffer throw
 * {@link java.nio.ReadOnlyBufferException}.
 *
 * <p>Each access takes the path that measured fastest on JDK 17 (BENCHMARKS.md, "Making it
 * fast"); the choice is empirical. Reads of 1, 2 and 4 bytes use the absolute getters of two
 * private duplicates, one per byte order: byte-buffer view {@code VarHandle}s scanned 7-byte
 * {@code <IhB} records at 0.57x the speed. Reads of 8 bytes and all writes use those
 * {@code VarHandle}s: the absolute getters decoded the 64-byte W2 message 1.2x slower, and the
 * absolute setters encoded it 2x slower.
 *
 * <p>Public, not API, for generated cursors, as {@link ArrayStore} is.
 */
public final class BufferStore extends ByteStore {
  private static final VarHandle SHORT_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = view(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = view(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = view(long[].class, ByteOrder.BIG_ENDIAN);

  private final ByteBuffer little;
  private final ByteBuffer big;

  BufferStore(ByteBuffer buffer, boolean readOnly) {
    super(buffer.limit(), readOnly);
    this.little = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    this.big = buffer.duplicate().order(ByteOrder.BIG_ENDIAN);
  }

  private static VarHandle view(Class<?> type, ByteOrder order) {
    return MethodHandles.byteBufferViewVarHandle(type, order);
  }

  /** The duplicate in the given order: a constant in generated code, so the JIT picks it once. */
  private ByteBuffer in(boolean bigEndian) {
    return bigEndian ? big : little;
  }

  @Override
  public byte getByte(long index) {
    return little.get((int) index);
  }

  @Override
  public short getShort(long index, boolean bigEndian) {
    return in(bigEndian).getShort((int) index);
  }

  @Override
  public int getInt(long index, boolean bigEndian) {
    return in(bigEndian).getInt((int) index);
  }

  @Override
  public long getLong(long index, boolean bigEndian) {
    return bigEndian ? (long) LONG_BE.get(little, (int) index) : (long) LONG_LE.get(little, (int) index);
  }

  @Override
  public void putByte(long index, byte value) {
    little.put((int) index, value);
  }

  @Override
  public void putShort(long index, boolean bigEndian, short value) {
    if (bigEndian) {
      SHORT_BE.set(little, (int) index, value);
    } else {
      SHORT_LE.set(little, (int) index, value);
    }
  }

  @Override
  public void putInt(long index, boolean bigEndian, int value) {
    if (bigEndian) {
      INT_BE.set(little, (int) index, value);
    } else {
      INT_LE.set(little, (int) index, value);
    }
  }

  @Override
  public void putLong(long index, boolean bigEndian, long value) {
    if (bigEndian) {
      LONG_BE.set(little, (int) index, value);
    } else {
      LONG_LE.set(little, (int) index, value);
    }
  }

  @Override
  public void copyTo(long index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    little.get((int) index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, long index, int n) {
    Require.nonNull(source, "source");
    little.put((int) index, source, sourceIndex, n);
  }

  @Override
  public void clear(long index, int n) {
    for (int i = 0; i < n; i++) {
      little.put((int) index + i, (byte) 0);
    }
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return little.duplicate().clear().limit(little.limit());
  }
}
