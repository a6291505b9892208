package dev.structview.memory;

import dev.structview.internal.ByteAccess;
import dev.structview.internal.Require;
import java.nio.ByteBuffer;
import java.util.Arrays;


/** A {@link ByteStore} over a {@code byte[]}, from an offset: the fast path. */
final class ArrayStore extends ByteStore {
  private final byte[] array;
  private final int base;

  ArrayStore(byte[] array, int base, int length, boolean readOnly) {
    super(length, readOnly);
    this.array = array;
    this.base = base;
  }

  @Override
  public byte getByte(int index) {
    return array[base + index];
  }

  @Override
  public short getShort(int index, boolean bigEndian) {
    return ByteAccess.getShort(array, base + index, bigEndian);
  }

  @Override
  public int getInt(int index, boolean bigEndian) {
    return ByteAccess.getInt(array, base + index, bigEndian);
  }

  @Override
  public long getLong(int index, boolean bigEndian) {
    return ByteAccess.getLong(array, base + index, bigEndian);
  }

  @Override
  public void putByte(int index, byte value) {
    array[base + index] = value;
  }

  @Override
  public void putShort(int index, boolean bigEndian, short value) {
    ByteAccess.putShort(array, base + index, bigEndian, value);
  }

  @Override
  public void putInt(int index, boolean bigEndian, int value) {
    ByteAccess.putInt(array, base + index, bigEndian, value);
  }

  @Override
  public void putLong(int index, boolean bigEndian, long value) {
    ByteAccess.putLong(array, base + index, bigEndian, value);
  }

  @Override
  public void copyTo(int index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    System.arraycopy(array, base + index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, int index, int n) {
    Require.nonNull(source, "source");
    System.arraycopy(source, sourceIndex, array, base + index, n);
  }

  @Override
  public void clear(int index, int n) {
    Arrays.fill(array, base + index, base + index + n, (byte) 0);
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(array, base, length()).slice();
  }
}
