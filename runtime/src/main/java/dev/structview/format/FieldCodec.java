package dev.structview.format;

/**
 * Packs and unpacks the values of one {@link FieldLayout} in a {@code byte[]}.
 *
 * <p>Callers check the buffer range once per record; codecs index without further checks. Packing
 * is split in two so that {@link Struct#packInto} can validate every value before it writes a byte.
 */
abstract class FieldCodec {
  /** The item's offset from the start of the record. */
  final long offset;
  /** The item's count as written in the format. */
  final long count;

  FieldCodec(FieldLayout field) {
    this.offset = field.offset();
    this.count = field.count();
  }

  /** Makes the codec for an item, or returns {@code null} for one with no values (pads, counts of 0). */
  static FieldCodec forField(FieldLayout field) {
    if (field.valueCount() == 0) {
      return null;
    }
    return switch (field.code().kind()) {
      case STRING -> new StringCodec(field);
      case PASCAL -> new PascalCodec(field);
      case CHAR, BOOL, SIGNED, UNSIGNED, POINTER, FLOAT -> ElementCodec.forField(field);
      case PAD -> null; // holds no value (valueCount is 0 above): never reached
    };
  }

  /** Returns how many values this item consumes and produces. */
  abstract int valueCount();

  /** Reads this item's values from {@code src} at record start {@code base} into {@code out[at...]}. */
  abstract void unpack(byte[] src, int base, Object[] out, int at);

  /** Throws the error packing {@code in[at...]} would throw, without writing anything. */
  abstract void check(Object[] in, int at);

  /**
   * Writes {@code in[at...]} into {@code dst} at record start {@code base}. The item's bytes are
   * zero on entry, so padding needs no writes.
   */
  abstract void pack(byte[] dst, int base, Object[] in, int at);

  /** Returns the absolute index of this item in a record starting at {@code base}. */
  final int position(int base) {
    return (int) (base + offset); // fits: the caller checked base + record size against the buffer
  }
}
