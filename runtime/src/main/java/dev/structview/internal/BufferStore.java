package dev.structview.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A {@link ByteStore} over a direct or read-only {@link ByteBuffer}, indexed absolutely; writes to
 * a read-only buffer throw {@link java.nio.ReadOnlyBufferException}.
 */
final class BufferStore extends ByteStore {
  private static final VarHandle SHORT_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = view(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = view(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = view(long[].class, ByteOrder.BIG_ENDIAN);

  private final ByteBuffer buffer;

  BufferStore(ByteBuffer buffer) {
    this.buffer = buffer;
  }

  private static VarHandle view(Class<?> type, ByteOrder order) {
    return MethodHandles.byteBufferViewVarHandle(type, order);
  }

  @Override
  public int length() {
    return buffer.limit();
  }

  @Override
  public boolean isReadOnly() {
    return buffer.isReadOnly();
  }

  @Override
  public byte getByte(int index) {
    return buffer.get(index);
  }

  @Override
  public short getShort(int index, boolean bigEndian) {
    return bigEndian ? (short) SHORT_BE.get(buffer, index) : (short) SHORT_LE.get(buffer, index);
  }

  @Override
  public int getInt(int index, boolean bigEndian) {
    return bigEndian ? (int) INT_BE.get(buffer, index) : (int) INT_LE.get(buffer, index);
  }

  @Override
  public long getLong(int index, boolean bigEndian) {
    return bigEndian ? (long) LONG_BE.get(buffer, index) : (long) LONG_LE.get(buffer, index);
  }

  @Override
  public void putByte(int index, byte value) {
    buffer.put(index, value);
  }

  @Override
  public void putShort(int index, boolean bigEndian, short value) {
    if (bigEndian) {
      SHORT_BE.set(buffer, index, value);
    } else {
      SHORT_LE.set(buffer, index, value);
    }
  }

  @Override
  public void putInt(int index, boolean bigEndian, int value) {
    if (bigEndian) {
      INT_BE.set(buffer, index, value);
    } else {
      INT_LE.set(buffer, index, value);
    }
  }

  @Override
  public void putLong(int index, boolean bigEndian, long value) {
    if (bigEndian) {
      LONG_BE.set(buffer, index, value);
    } else {
      LONG_LE.set(buffer, index, value);
    }
  }

  @Override
  public void copyTo(int index, byte[] target, int targetIndex, int n) {
    buffer.get(index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, int index, int n) {
    buffer.put(index, source, sourceIndex, n);
  }

  @Override
  public void clear(int index, int n) {
    for (int i = 0; i < n; i++) {
      buffer.put(index + i, (byte) 0);
    }
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return buffer.duplicate().clear().limit(buffer.limit());
  }
}
