package dev.structview.buffer;

import dev.structview.internal.ByteAccess;
import java.nio.ByteBuffer;

/**
 * {@link Memory} over part of a {@code byte[]}: arrays and writable heap buffers. Nothing about an
 * array moves, so, unlike {@link BufferMemory}, it keeps no private duplicate of a buffer: that
 * duplicate made every export of an array 48 bytes larger (BENCHMARKS.md, W4).
 */
final class ArrayMemory extends Memory {
  private final byte[] array;
  private final int base;
  private final int length;

  ArrayMemory(byte[] array, int base, int length, boolean readOnly) {
    super(readOnly);
    this.array = array;
    this.base = base;
    this.length = length;
  }

  @Override
  public long byteSize() {
    return length;
  }

  @Override
  Object storage() {
    return array;
  }

  @Override
  long storageIndex(long index) {
    return base + index;
  }

  @Override
  byte byteAt(long index) {
    return array[base + (int) index];
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    return ByteAccess.getShort(array, base + (int) index, bigEndian);
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    return ByteAccess.getInt(array, base + (int) index, bigEndian);
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    return ByteAccess.getLong(array, base + (int) index, bigEndian);
  }

  @Override
  void putByteAt(long index, byte value) {
    array[base + (int) index] = value;
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    ByteAccess.putShort(array, base + (int) index, bigEndian, value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    ByteAccess.putInt(array, base + (int) index, bigEndian, value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    ByteAccess.putLong(array, base + (int) index, bigEndian, value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int n) {
    System.arraycopy(array, base + (int) index, target, targetIndex, n);
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int n) {
    System.arraycopy(source, sourceIndex, array, base + (int) index, n);
  }

  @Override
  ByteBuffer sliceAt(long index, int n) {
    ByteBuffer slice = ByteBuffer.wrap(array, base + (int) index, n).slice();
    return isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }
}
