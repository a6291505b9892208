package dev.structview.buffer;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A resizable byte array that exports its bytes writable and refuses to change size while any
 * export is live: CPython's {@code bytearray}.
 *
 * <p>Same-size changes ({@link #set}) are always allowed; {@link #resize} and {@link #append} with
 * bytes throw {@link BufferException} ("Existing exports of data: object cannot be re-sized") while
 * {@link #exports()} is above zero. One {@code MemoryView.of(byteArray)} holds one export however
 * many views derive from it. Thread-safe.
 */
public final class ByteArray implements BufferExporter {
  private byte[] data;
  private int length;
  private final LiveExports exports = new LiveExports();

  /**
   * Creates an array holding a copy of {@code initial}.
   *
   * @throws IllegalArgumentException if {@code initial} is null
   */
  public ByteArray(byte[] initial) {
    if (initial == null) {
      throw new IllegalArgumentException("initial bytes must not be null");
    }
    this.data = initial.clone();
    this.length = initial.length;
  }

  /** Returns the number of bytes. */
  public synchronized int length() {
    return length;
  }

  /** Returns the number of live exports. */
  public synchronized int exports() {
    return exports.count();
  }

  /**
   * Returns byte {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
   */
  public synchronized byte get(int index) {
    return data[java.util.Objects.checkIndex(index, length)];
  }

  /**
   * Sets byte {@code index}; allowed while exported, since the size does not change.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
   */
  public synchronized void set(int index, byte value) {
    data[java.util.Objects.checkIndex(index, length)] = value;
  }

  /**
   * Changes the length, keeping the bytes that fit and zero-filling new ones.
   *
   * @throws BufferException if the array is exported and {@code newLength} differs from the length
   * @throws IllegalArgumentException if {@code newLength} is negative
   */
  public synchronized void resize(int newLength) {
    if (newLength < 0) {
      throw new IllegalArgumentException("length must not be negative: " + newLength);
    }
    if (newLength == length) {
      return;
    }
    requireNoExports();
    if (newLength > data.length) {
      data = Arrays.copyOf(data, Math.max(newLength, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * data.length)));
    } else if (newLength < length) {
      Arrays.fill(data, newLength, length, (byte) 0); // so that growing again reads zeros
    }
    length = newLength;
  }

  /**
   * Appends bytes. Appending nothing is allowed while exported, as in CPython.
   *
   * @throws BufferException if the array is exported and {@code more} is not empty
   * @throws IllegalArgumentException if {@code more} is null or the result would exceed a Java array
   */
  public synchronized void append(byte[] more) {
    if (more == null) {
      throw new IllegalArgumentException("can't append null");
    }
    if (more.length == 0) {
      return;
    }
    int start = length;
    if ((long) start + more.length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("bytearray would exceed " + (Integer.MAX_VALUE - 8) + " bytes");
    }
    resize(start + more.length);
    System.arraycopy(more, 0, data, start, more.length);
  }

  /** Returns a copy of the bytes. */
  public synchronized byte[] toByteArray() {
    return Arrays.copyOf(data, length);
  }

  /** Exports the bytes writable ({@link BufferInfo#fillInfo}) and counts the export. */
  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    BufferInfo info = BufferInfo.fillInfo(this, ByteBuffer.wrap(data, 0, length), 0, length, false, flags);
    exports.add(info);
    return info;
  }

  /**
   * Ends an export.
   *
   * @throws IllegalStateException if {@code info} is not a live export of this array: released
   *     already (a second release would end another consumer's export), or not made here
   * @throws IllegalArgumentException if {@code info} is null
   */
  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    exports.remove(info, "this bytearray");
  }

  private void requireNoExports() {
    if (exports.count() > 0) {
      throw new BufferException("Existing exports of data: object cannot be re-sized");
    }
  }

  @Override
  public synchronized String toString() {
    return "ByteArray[length=" + length + ", exports=" + exports.count() + "]";
  }
}
