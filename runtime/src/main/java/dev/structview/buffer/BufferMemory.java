package dev.structview.buffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link Memory} over one {@link ByteBuffer}, from index 0 to its limit when made: arrays, direct
 * and mapped buffers of at most {@link Memory#MAX_BUFFER_BYTES}. Two private duplicates, one per
 * byte order, so no access moves or depends on the caller's position, limit or order.
 */
final class BufferMemory extends Memory {
  private final ByteBuffer little;
  private final ByteBuffer big;

  BufferMemory(ByteBuffer buffer, boolean readOnly) {
    super(readOnly);
    ByteBuffer whole = buffer.duplicate().clear().limit(buffer.limit());
    this.little = whole.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    this.big = whole.duplicate().order(ByteOrder.BIG_ENDIAN);
  }

  private ByteBuffer in(boolean bigEndian) {
    return bigEndian ? big : little;
  }

  @Override
  public long byteSize() {
    return little.limit();
  }

  @Override
  byte byteAt(long index) {
    return little.get((int) index);
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    return in(bigEndian).getShort((int) index);
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    return in(bigEndian).getInt((int) index);
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    return in(bigEndian).getLong((int) index);
  }

  @Override
  void putByteAt(long index, byte value) {
    little.put((int) index, value);
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    in(bigEndian).putShort((int) index, value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    in(bigEndian).putInt((int) index, value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    in(bigEndian).putLong((int) index, value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    little.get((int) index, target, targetIndex, length);
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    little.put((int) index, source, sourceIndex, length);
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    ByteBuffer slice = little.slice((int) index, length);
    return isReadOnly() && !slice.isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }
}
