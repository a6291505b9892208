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
 */
final class BufferStore extends ByteStore {
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
  public byte getByte(int index) {
    return little.get(index);
  }

  @Override
  public short getShort(int index, boolean bigEndian) {
    return in(bigEndian).getShort(index);
  }

  @Override
  public int getInt(int index, boolean bigEndian) {
    return in(bigEndian).getInt(index);
  }

  @Override
  public long getLong(int index, boolean bigEndian) {
    return bigEndian ? (long) LONG_BE.get(little, index) : (long) LONG_LE.get(little, index);
  }

  @Override
  public void putByte(int index, byte value) {
    little.put(index, value);
  }

  @Override
  public void putShort(int index, boolean bigEndian, short value) {
    if (bigEndian) {
      SHORT_BE.set(little, index, value);
    } else {
      SHORT_LE.set(little, index, value);
    }
  }

  @Override
  public void putInt(int index, boolean bigEndian, int value) {
    if (bigEndian) {
      INT_BE.set(little, index, value);
    } else {
      INT_LE.set(little, index, value);
    }
  }

  @Override
  public void putLong(int index, boolean bigEndian, long value) {
    if (bigEndian) {
      LONG_BE.set(little, index, value);
    } else {
      LONG_LE.set(little, index, value);
    }
  }

  @Override
  public void copyTo(int index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    little.get(index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, int index, int n) {
    Require.nonNull(source, "source");
    little.put(index, source, sourceIndex, n);
  }

  @Override
  public void clear(int index, int n) {
    for (int i = 0; i < n; i++) {
      little.put(index + i, (byte) 0);
    }
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return little.duplicate().clear().limit(little.limit());
  }
}
