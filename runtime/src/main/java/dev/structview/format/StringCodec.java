package dev.structview.format;

import java.util.Arrays;

/** {@code s}: one byte string of exactly count bytes; packing truncates or zero-pads. */
final class StringCodec extends FieldCodec {
  StringCodec(FieldLayout field) {
    super(field);
  }

  /** The bytes of a value for {@code s} or {@code p}, or the error CPython gives for a non-bytes value. */
  static byte[] bytes(Object value, char code) {
    if (!(value instanceof byte[])) {
      throw new StructException("argument for '" + code + "' must be a bytes object, not "
          + Describe.value(value));
    }
    return (byte[]) value;
  }

  @Override
  int valueCount() {
    return 1;
  }

  @Override
  void unpack(byte[] src, int base, Object[] out, int at) {
    int i = position(base);
    out[at] = Arrays.copyOfRange(src, i, i + (int) count);
  }

  @Override
  void check(Object[] in, int at) {
    bytes(in[at], 's');
  }

  @Override
  void pack(byte[] dst, int base, Object[] in, int at) {
    byte[] value = bytes(in[at], 's');
    System.arraycopy(value, 0, dst, position(base), (int) Math.min(value.length, count));
  }
}
