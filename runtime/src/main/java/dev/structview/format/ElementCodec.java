package dev.structview.format;

import dev.structview.internal.ByteAccess;
import dev.structview.internal.PyValues;

/**
 * A codec for codes whose values each occupy one fixed-size element: integers, floats, {@code ?}
 * and {@code c}. A value is encoded to its raw bits (validating it), then stored in byte order.
 */
abstract class ElementCodec extends FieldCodec {
  final int size;
  final boolean bigEndian;

  ElementCodec(FieldLayout field) {
    super(field);
    this.size = (int) field.elementSize();
    this.bigEndian = field.mode().bigEndian();
  }

  static ElementCodec forField(FieldLayout field) {
    return switch (field.code().kind()) {
      case BOOL -> new BoolCodec(field);
      case CHAR -> new CharCodec(field);
      case FLOAT -> FloatCodec.forField(field);
      case SIGNED, UNSIGNED, POINTER -> new IntegerCodec(field);
      case PAD, STRING, PASCAL -> throw new IllegalStateException("not an element code: " + field.code());
    };
  }

  /** Converts a value to the element's bits, or throws the error CPython raises for it. */
  abstract long encode(Object value);

  /** Converts an element's bits (zero-extended) to its Java value. */
  abstract Object decode(long bits);

  @Override
  final int valueCount() {
    return (int) count; // fits: the caller matched it against an array length or a buffer size
  }

  @Override
  final void unpack(byte[] src, int base, Object[] out, int at) {
    int i = position(base);
    for (int k = 0; k < count; k++, i += size) {
      out[at + k] = decode(ByteAccess.getUnsigned(src, i, size, bigEndian));
    }
  }

  @Override
  final void check(Object[] in, int at) {
    for (int k = 0; k < count; k++) {
      encode(in[at + k]);
    }
  }

  @Override
  final void pack(byte[] dst, int base, Object[] in, int at) {
    int i = position(base);
    for (int k = 0; k < count; k++, i += size) {
      ByteAccess.putBits(dst, i, size, bigEndian, encode(in[at + k]));
    }
  }

  /** {@code ?}: Python truthiness in, any non-zero byte is {@code true} out. */
  static final class BoolCodec extends ElementCodec {
    BoolCodec(FieldLayout field) {
      super(field);
    }

    @Override
    long encode(Object value) {
      return PyValues.truthy(value) ? 1 : 0;
    }

    @Override
    Object decode(long bits) {
      return bits != 0;
    }
  }

  /** {@code c}: a {@code byte[]} of length 1 each way. */
  static final class CharCodec extends ElementCodec {
    CharCodec(FieldLayout field) {
      super(field);
    }

    @Override
    long encode(Object value) {
      if (!(value instanceof byte[]) || ((byte[]) value).length != 1) {
        throw new StructException("char format requires a bytes object of length 1, not "
            + Describe.value(value));
      }
      return ((byte[]) value)[0];
    }

    @Override
    Object decode(long bits) {
      return new byte[] {(byte) bits};
    }
  }
}
