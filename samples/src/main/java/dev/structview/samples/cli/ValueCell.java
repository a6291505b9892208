package dev.structview.samples.cli;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.Struct;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One value of a record, written as Python's {@code repr} straight into an {@link AsciiLine}:
 * integers and bools are decoded and written in place, with nothing allocated; every other code
 * (floats, strings, chars) goes through its one-code {@link Struct} and {@link PyRepr}, exactly as
 * {@link RecordValues} shows it. So a table of a million records of integers prints at the speed
 * of the output, not of the garbage collector.
 */
final class ValueCell {
  private final int offset;
  private final FormatCode code;
  private final int size;
  private final boolean bigEndian;
  private final Struct one;

  /**
   * The value of {@code field} at {@code offset} in its record; {@code one} decodes it on the
   * general path.
   */
  ValueCell(FieldLayout field, long offset, Struct one) {
    this.offset = Math.toIntExact(offset); // a table's record is at most MAX_TABLE_RECORD bytes
    this.code = field.code();
    this.size = (int) field.elementSize();
    this.bigEndian = field.order() == ByteOrder.BIG_ENDIAN;
    this.one = one;
  }

  /** Writes the value of the record at {@code start} of {@code data}. */
  void write(ByteBuffer data, int start, AsciiLine out) {
    int at = start + offset;
    switch (code.kind()) {
      case SIGNED:
        out.decimal(signed(data, at));
        return;
      case UNSIGNED:
      case POINTER:
        out.unsigned(unsigned(data, at));
        return;
      case BOOL:
        out.append(data.get(at) != 0 ? "True" : "False");
        return;
      default:
        out.append(code == FormatCode.STRING ? PyRepr.bytes(bytes(data, at)) : PyRepr.of(one.unpackFrom(data, at)
            .get(0)));
    }
  }

  private byte[] bytes(ByteBuffer data, int at) {
    byte[] bytes = new byte[size]; // an s item's element size is its length
    data.get(at, bytes);
    return bytes;
  }

  /** The raw bits of an integer of {@code size} bytes, in the item's byte order. */
  private long bits(ByteBuffer data, int at) {
    boolean swap = (data.order() == ByteOrder.BIG_ENDIAN) != bigEndian;
    switch (size) {
      case 1:
        return data.get(at);
      case 2:
        short s = data.getShort(at);
        return swap ? Short.reverseBytes(s) : s;
      case 4:
        int i = data.getInt(at);
        return swap ? Integer.reverseBytes(i) : i;
      default:
        long l = data.getLong(at);
        return swap ? Long.reverseBytes(l) : l;
    }
  }

  private long signed(ByteBuffer data, int at) {
    return bits(data, at); // sign-extended by the narrowing reads
  }

  private long unsigned(ByteBuffer data, int at) {
    long bits = bits(data, at);
    return size == 8 ? bits : bits & (-1L >>> (64 - 8 * size));
  }
}
