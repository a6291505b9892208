package dev.structview.buffer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@link Memory} over one {@link MemorySegment} of a shared arena: a mapping on JDK 22 and later. */
final class SegmentMemory extends Memory {
  private static final ValueLayout.OfShort SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfShort SHORT_BE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt INT_BE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LONG_BE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  private final MemorySegment segment;
  private final Arena arena;
  private volatile boolean closed;

  SegmentMemory(MemorySegment segment, Arena arena, boolean readOnly) {
    super(readOnly);
    this.segment = readOnly ? segment.asReadOnly() : segment;
    this.arena = arena;
  }

  @Override
  public long byteSize() {
    return segment.byteSize();
  }

  /** A mapping is its own storage: two mappings of one file are apart, as two {@code mmap}s are. */
  @Override
  Object storage() {
    return this;
  }

  @Override
  byte byteAt(long index) {
    return segment.get(ValueLayout.JAVA_BYTE, index);
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    return segment.get(bigEndian ? SHORT_BE : SHORT_LE, index);
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    return segment.get(bigEndian ? INT_BE : INT_LE, index);
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    return segment.get(bigEndian ? LONG_BE : LONG_LE, index);
  }

  @Override
  void putByteAt(long index, byte value) {
    segment.set(ValueLayout.JAVA_BYTE, index, value);
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    segment.set(bigEndian ? SHORT_BE : SHORT_LE, index, value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    segment.set(bigEndian ? INT_BE : INT_LE, index, value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    segment.set(bigEndian ? LONG_BE : LONG_LE, index, value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, index, target, targetIndex, length);
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    MemorySegment.copy(source, sourceIndex, segment, ValueLayout.JAVA_BYTE, index, length);
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    if (length > MAX_BUFFER_BYTES) {
      throw new UnsupportedOperationException("a buffer over a mapping holds at most " + MAX_BUFFER_BYTES
          + " bytes, not " + length + ": read the memory at long indices, or slice it");
    }
    ByteBuffer slice = segment.asSlice(index, length).asByteBuffer();
    return isReadOnly() && !slice.isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      arena.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }
}
