package dev.structview.memory;

import dev.structview.internal.ByteAccess;
import dev.structview.internal.Require;
import java.nio.ByteBuffer;
import java.util.Arrays;


/**
 * A {@link ByteStore} over a {@code byte[]} from its index 0: the fast path, what a view of a whole
 * array and of a heap buffer that starts at its array's index 0 reads through.
 *
 * <p>It has no base offset, on purpose ({@link ArrayRegionStore} has one, for the rest). A base
 * added to every index is one more value the JIT keeps live across an unrolled loop: C2 held the
 * array plus its base in two registers and indexed the bytes apart, spilled the loop's counter,
 * and the view's {@code moveTo} loop over 2^20 {@code <IhB} records ran at 0.61 times the speed of
 * hand-written {@code VarHandle} code on JDK 17, and 0.80 times hand-written FFM code on JDK 25;
 * without the base, at 0.94 to 0.99 and 0.95 to 0.97 (BENCHMARKS.md, "a store without a base").
 *
 * <p>Public, not API: generated cursors over stores of this class hold them by this type, so that
 * the JIT binds their views' accesses here whatever other stores the views' code has read
 * ({@link dev.structview.view.RecordType#cursor(ByteStore)} says why).
 */
public final class ArrayStore extends ByteStore {
  private final byte[] array;

  ArrayStore(byte[] array, int length, boolean readOnly) {
    super(length, readOnly);
    this.array = array;
  }

  @Override
  public byte getByte(long index) {
    return array[(int) index];
  }

  @Override
  public short getShort(long index, boolean bigEndian) {
    return ByteAccess.getShort(array, (int) index, bigEndian);
  }

  @Override
  public int getInt(long index, boolean bigEndian) {
    return ByteAccess.getInt(array, (int) index, bigEndian);
  }

  @Override
  public long getLong(long index, boolean bigEndian) {
    return ByteAccess.getLong(array, (int) index, bigEndian);
  }

  @Override
  public void putByte(long index, byte value) {
    array[(int) index] = value;
  }

  @Override
  public void putShort(long index, boolean bigEndian, short value) {
    ByteAccess.putShort(array, (int) index, bigEndian, value);
  }

  @Override
  public void putInt(long index, boolean bigEndian, int value) {
    ByteAccess.putInt(array, (int) index, bigEndian, value);
  }

  @Override
  public void putLong(long index, boolean bigEndian, long value) {
    ByteAccess.putLong(array, (int) index, bigEndian, value);
  }

  @Override
  public void copyTo(long index, byte[] target, int targetIndex, int n) {
    Require.nonNull(target, "target");
    System.arraycopy(array, (int) index, target, targetIndex, n);
  }

  @Override
  public void copyFrom(byte[] source, int sourceIndex, long index, int n) {
    Require.nonNull(source, "source");
    System.arraycopy(source, sourceIndex, array, (int) index, n);
  }

  @Override
  public void clear(long index, int n) {
    Arrays.fill(array, (int) index, (int) index + n, (byte) 0);
  }

  @Override
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(array, 0, length()).slice();
  }
}
