package dev.structview.samples.views;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The memories a record's bytes are placed in for a test: arrays and buffers with the record away
 * from index 0, surrounded by bytes that must not be touched.
 */
final class Memories {
  /** What surrounds a record: any write outside it shows up as a changed byte. */
  static final byte GUARD = (byte) 0xA5;
  /** Where a record starts in {@link #padded}. */
  static final int AT = 3;
  private static final int AFTER = 5;

  private Memories() {}

  /** The record at index {@link #AT} of a larger array filled with {@link #GUARD}. */
  static byte[] padded(byte[] record) {
    byte[] out = new byte[AT + record.length + AFTER];
    Arrays.fill(out, GUARD);
    System.arraycopy(record, 0, out, AT, record.length);
    return out;
  }

  /** The record of a padded array. */
  static byte[] record(byte[] padded, int size) {
    return Arrays.copyOfRange(padded, AT, AT + size);
  }

  /** Whether only the record's bytes of a padded array may differ from the guard. */
  static boolean guardsIntact(byte[] padded, int size) {
    for (int i = 0; i < padded.length; i++) {
      if ((i < AT || i >= AT + size) && padded[i] != GUARD) {
        return false;
      }
    }
    return true;
  }

  /** A direct buffer holding {@link #padded} bytes. */
  static ByteBuffer direct(byte[] padded) {
    ByteBuffer b = ByteBuffer.allocateDirect(padded.length);
    b.put(padded).clear();
    return b;
  }

  /** The whole content of a buffer, ignoring position and limit. */
  static byte[] contents(ByteBuffer buffer) {
    byte[] out = new byte[buffer.capacity()];
    buffer.duplicate().clear().get(out);
    return out;
  }

  /**
   * A heap buffer over {@code padded} that starts 2 bytes into the array (so its array offset is
   * 2) and whose position is 1: the record is at offset 0 from the position.
   */
  static ByteBuffer slicedHeap(byte[] padded) {
    ByteBuffer sliced = ByteBuffer.wrap(padded, 2, padded.length - 2).slice();
    return sliced.position(AT - 2);
  }
}
