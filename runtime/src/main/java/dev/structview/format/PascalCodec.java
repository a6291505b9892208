package dev.structview.format;

import java.util.Arrays;

/**
 * {@code p}: a length byte, then up to count-1 bytes, in count bytes. The length byte says
 * min(n, 255) where n = min(len, count-1) bytes are copied; unpacking clamps the length byte to
 * count-1. A {@code 0p} item holds nothing and unpacks as an empty string (CPython 3.13).
 */
final class PascalCodec extends FieldCodec {
  private static final int MAX_LENGTH_BYTE = 255;

  PascalCodec(FieldLayout field) {
    super(field);
  }

  @Override
  int valueCount() {
    return 1;
  }

  @Override
  void unpack(byte[] src, int base, Object[] out, int at) {
    if (count == 0) {
      out[at] = new byte[0]; // CPython 3.11 and 3.12 raise SystemError here; 3.13 gives b''
      return;
    }
    int i = position(base);
    int n = (int) Math.min(src[i] & 0xff, count - 1);
    out[at] = Arrays.copyOfRange(src, i + 1, i + 1 + n);
  }

  @Override
  void check(Object[] in, int at) {
    StringCodec.bytes(in[at], 'p');
  }

  @Override
  void pack(byte[] dst, int base, Object[] in, int at) {
    byte[] value = StringCodec.bytes(in[at], 'p');
    if (count == 0) {
      return; // CPython 3.13 writes a stray byte past a trailing 0p item; structview writes nothing
    }
    int i = position(base);
    int n = (int) Math.min(value.length, count - 1);
    System.arraycopy(value, 0, dst, i + 1, n);
    dst[i] = (byte) Math.min(n, MAX_LENGTH_BYTE);
  }
}
