package dev.structview.memory;

import dev.structview.internal.Require;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A {@link ByteStore} over a {@link MemorySegment}: direct and mapped memory on JDK 22 and later,
 * where the segment's own bounds and liveness checks replace the buffer's.
 */
final class SegmentStore extends ByteStore {
  private static final ValueLayout.OfShort SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfShort SHORT_BE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt INT_BE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LONG_BE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  private final ByteBuffer buffer;
  private final MemorySegment segment;
  private final int length;

  SegmentStore(ByteBuffer buffer, boolean readOnly) {
    super(readOnly);
    this.buffer = buffer.duplicate().clear().limit(buffer.limit());
    this.segment = MemorySegment.ofBuffer(this.buffer);
    this.length = buffer.limit();
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public byte getByte(int index) {
    return segment.get(ValueLayout.JAVA_BYTE, index);
  }

  @Override
  public short getShort(int index, boolean bigEndian) {
    return segment.get(bigEndian ? SHORT_BE : SHORT_LE, index);
  }

  @Override
  public int getInt(int index, boolean bigEndian) {
    return segment.get(bigEndian ? INT_BE : INT_LE, index);
  }

  @Override
  public long getLong(int index, boolean bigEndian) {
    return segment.get(bigEndian ? LONG_BE : LONG_LE, index);
  }

  @Override
  public void putByte(int index, byte value) {
    segment.set(ValueLayout.JAVA_BYTE, index, value);
  }

  @Override
  public void putShort(int index, boolean bigEndian, short value) {
    segment.set(bigEndian ? SHORT_BE : SHORT_LE, index, value);
  }

  @Override
  public void putInt(int index, boolean bigEndian, int value) {
    segment.set(bigEndian ? INT_BE : INT_LE, index, value);
  }

  @Override
  public void putLong(int index, boolean bigEndian, long value) {
    segment.set(bigEndian ? LONG_BE : LONG_LE, index, value);
  }

  @Override
  public void copyTo(int index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, int index, int n) {
    Require.nonNull(source, "source");
    MemorySegment.copy(source, sourceIndex, segment, ValueLayout.JAVA_BYTE, index, n);
  }

  @Override
  public void clear(int index, int n) {
    segment.asSlice(index, n).fill((byte) 0);
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return buffer.duplicate();
  }
}
