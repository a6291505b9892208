package dev.structview.format;

import java.nio.ByteOrder;

/**
 * One item of a parsed format: a code with its count, placed at a byte offset.
 *
 * <p>An item is what the format string spells as {@code [count]code}: {@code "3h"} is one item of
 * three shorts, {@code "10s"} one item holding a 10-byte string. Zero-count items are kept, since
 * they still align ({@code "@llh0l"}).
 *
 * @param code the format code
 * @param count the count as written (1 when omitted): a repeat count, or a byte length for
 *     {@code s}, {@code p} and {@code x}
 * @param offset the byte offset of the item from the start of the record
 * @param mode the byte order, size and alignment rules in force
 * @param index the index in the format string of the item's first character (its count, or its
 *     code when it has none)
 */
public record FieldLayout(FormatCode code, long count, long offset, ByteOrderMode mode, int index) {

  /** Returns the size of one element in bytes (1 for {@code s}, {@code p} and {@code x}). */
  public int elementSize() {
    return code.size(mode);
  }

  /** Returns the number of bytes this item occupies. */
  public long size() {
    return count * elementSize();
  }

  /** Returns the offset just past this item. */
  public long end() {
    return offset + size();
  }

  /** Returns the byte order of the item's values. */
  public ByteOrder order() {
    return mode.order();
  }

  /** Returns how many values this item packs and unpacks: 0 for pads, 1 for strings. */
  public long valueCount() {
    switch (code.kind()) {
      case PAD:
        return 0;
      case STRING:
      case PASCAL:
        return 1;
      default:
        return count;
    }
  }

  /** Returns whether this item is pad bytes, which bind to no value. */
  public boolean isPadding() {
    return code == FormatCode.PAD;
  }

  /** Returns the Java class each value of this item unpacks to (see {@link FormatCode}). */
  public Class<?> carrier() {
    return code.carrier(mode);
  }
}
