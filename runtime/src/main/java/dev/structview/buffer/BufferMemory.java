package dev.structview.buffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link Memory} over one {@link ByteBuffer}, from index 0 to its limit when made: direct, mapped
 * and read-only buffers of at most {@link Memory#MAX_BUFFER_BYTES} ({@link ArrayMemory} takes
 * arrays and writable heap buffers). One private duplicate, so no
 * access moves or depends on the caller's position, limit or order; it reads little-endian, and a
 * big-endian access reverses the bytes ({@code Integer.reverseBytes} and its kin, JIT intrinsics):
 * a duplicate per order cost two more buffers for every view made.
 */
final class BufferMemory extends Memory {
  private final ByteBuffer bytes;

  BufferMemory(ByteBuffer buffer, boolean readOnly) {
    super(readOnly);
    this.bytes = buffer.duplicate().clear().limit(buffer.limit()).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  public long byteSize() {
    return bytes.limit();
  }

  @Override
  byte byteAt(long index) {
    return bytes.get((int) index);
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    short v = bytes.getShort((int) index);
    return bigEndian ? Short.reverseBytes(v) : v;
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    int v = bytes.getInt((int) index);
    return bigEndian ? Integer.reverseBytes(v) : v;
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    long v = bytes.getLong((int) index);
    return bigEndian ? Long.reverseBytes(v) : v;
  }

  @Override
  void putByteAt(long index, byte value) {
    bytes.put((int) index, value);
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    bytes.putShort((int) index, bigEndian ? Short.reverseBytes(value) : value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    bytes.putInt((int) index, bigEndian ? Integer.reverseBytes(value) : value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    bytes.putLong((int) index, bigEndian ? Long.reverseBytes(value) : value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    bytes.get((int) index, target, targetIndex, length);
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    bytes.put((int) index, source, sourceIndex, length);
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    ByteBuffer slice = bytes.slice((int) index, length);
    return isReadOnly() && !slice.isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }
}
