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
    try {
      return segment.get(ValueLayout.JAVA_BYTE, index);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    try {
      return segment.get(bigEndian ? SHORT_BE : SHORT_LE, index);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    try {
      return segment.get(bigEndian ? INT_BE : INT_LE, index);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    try {
      return segment.get(bigEndian ? LONG_BE : LONG_LE, index);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void putByteAt(long index, byte value) {
    try {
      segment.set(ValueLayout.JAVA_BYTE, index, value);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    try {
      segment.set(bigEndian ? SHORT_BE : SHORT_LE, index, value);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    try {
      segment.set(bigEndian ? INT_BE : INT_LE, index, value);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    try {
      segment.set(bigEndian ? LONG_BE : LONG_LE, index, value);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    try {
      MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, index, target, targetIndex, length);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    try {
      MemorySegment.copy(source, sourceIndex, segment, ValueLayout.JAVA_BYTE, index, length);
    } catch (IllegalStateException e) {
      throw afterClose(e);
    }
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    if (closed) {
      throw closed(); // as the JDK 17 body: a slice of a closed segment would fail only when read
    }
    if (length > MAX_BUFFER_BYTES) {
      throw new UnsupportedOperationException("a buffer over a mapping holds at most " + MAX_BUFFER_BYTES
          + " bytes, not " + length + ": read the memory at long indices, or slice it");
    }
    ByteBuffer slice = segment.asSlice(index, length).asByteBuffer();
    return isReadOnly() && !slice.isReadOnly() ? slice.asReadOnlyBuffer() : slice;
  }

  /**
   * The arena's "Already closed", as the JDK 17 body says it ({@link Memory#closed()}): one message
   * on every JDK. Only for this memory's own close: another cause keeps its exception.
   */
  private IllegalStateException afterClose(IllegalStateException e) {
    if (!closed) {
      return e;
    }
    IllegalStateException same = closed();
    same.initCause(e);
    return same;
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
