package dev.structview.memory;

import dev.structview.internal.ByteAccess;
import dev.structview.internal.Require;
import java.nio.ByteBuffer;
import java.util.Arrays;


/**
 * A {@link ByteStore} over part of a {@code byte[]} that starts past its index 0: what a heap
 * buffer's slice, or a region of an array, gives. A whole array, and a buffer that starts at its
 * array's index 0, get an {@link ArrayStore}, which adds no base to its indices.
 *
 * <p>Public, not API, for generated cursors, as {@link ArrayStore} is.
 */
public final class ArrayRegionStore extends ByteStore {
  private final byte[] array;
  private final int base;

  ArrayRegionStore(byte[] array, int base, int length, boolean readOnly) {
    super(length, readOnly);
    this.array = array;
    this.base = base;
  }

  @Override
  public byte getByte(long index) {
    return array[base + (int) index];
  }

  @Override
  public short getShort(long index, boolean bigEndian) {
    return ByteAccess.getShort(array, base + (int) index, bigEndian);
  }

  @Override
  public int getInt(long index, boolean bigEndian) {
    return ByteAccess.getInt(array, base + (int) index, bigEndian);
  }

  @Override
  public long getLong(long index, boolean bigEndian) {
    return ByteAccess.getLong(array, base + (int) index, bigEndian);
  }

  @Override
  public void putByte(long index, byte value) {
    array[base + (int) index] = value;
  }

  @Override
  public void putShort(long index, boolean bigEndian, short value) {
    ByteAccess.putShort(array, base + (int) index, bigEndian, value);
  }

  @Override
  public void putInt(long index, boolean bigEndian, int value) {
    ByteAccess.putInt(array, base + (int) index, bigEndian, value);
  }

  @Override
  public void putLong(long index, boolean bigEndian, long value) {
    ByteAccess.putLong(array, base + (int) index, bigEndian, value);
  }

  @Override
  public void copyTo(long index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    System.arraycopy(array, base + (int) index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, long index, int n) {
    Require.nonNull(source, "source");
    System.arraycopy(source, sourceIndex, array, base + (int) index, n);
  }

  @Override
  public void clear(long index, int n) {
    Arrays.fill(array, base + (int) index, base + (int) index + n, (byte) 0);
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(array, base, length()).slice();
  }
}
