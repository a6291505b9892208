package dev.structview.memory;

import dev.structview.buffer.Memory;
import dev.structview.internal.Require;
import java.nio.ByteBuffer;

/**
 * A {@link ByteStore} over a whole {@link Memory} of any size, indexed by {@code long}: the one
 * store of a record array past 2 GiB where the memory is one {@code MemorySegment} (JDK 22 and
 * later, {@link RecordWindows}). Each access is the memory's own, checked against its size and,
 * for a mapping, against its release ({@link IllegalStateException} after {@link Memory#close()}).
 *
 * <p>Why one store: a for-each over windows of a mapping changes its store at each window, and a
 * loop whose store changes cannot hoist anything about it; over this store a for-each is one
 * counted loop of {@code long} indices, which C2 range-checks once per strip (BENCHMARKS.md, W6).
 */
final class MemoryStore extends ByteStore {
  private final Memory memory;

  MemoryStore(Memory memory, boolean readOnly) {
    super((int) Math.min(memory.byteSize(), Integer.MAX_VALUE), readOnly || memory.isReadOnly());
    this.memory = memory;
  }

  @Override
  public long byteSize() {
    return memory.byteSize();
  }

  @Override
  public byte getByte(long index) {
    return memory.getByte(index);
  }

  @Override
  public short getShort(long index, boolean bigEndian) {
    return memory.getShort(index, bigEndian);
  }

  @Override
  public int getInt(long index, boolean bigEndian) {
    return memory.getInt(index, bigEndian);
  }

  @Override
  public long getLong(long index, boolean bigEndian) {
    return memory.getLong(index, bigEndian);
  }

  @Override
  public void putByte(long index, byte value) {
    memory.putByte(index, value);
  }

  @Override
  public void putShort(long index, boolean bigEndian, short value) {
    memory.putShort(index, bigEndian, value);
  }

  @Override
  public void putInt(long index, boolean bigEndian, int value) {
    memory.putInt(index, bigEndian, value);
  }

  @Override
  public void putLong(long index, boolean bigEndian, long value) {
    memory.putLong(index, bigEndian, value);
  }

  @Override
  public void copyTo(long index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    memory.copyTo(index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, long index, int n) {
    Require.nonNull(source, "source");
    memory.copyFrom(source, sourceIndex, index, n);
  }

  @Override
  public void clear(long index, int n) {
    for (int i = 0; i < n; i++) {
      memory.putByte(index + i, (byte) 0);
    }
  }

  /**
   * Refuses: no buffer holds more than 2 GiB.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public ByteBuffer asByteBuffer() {
    throw new UnsupportedOperationException("a store of " + memory.byteSize()
        + " bytes has no ByteBuffer: buffers hold at most " + Integer.MAX_VALUE + " bytes");
  }
}
