package dev.structview.npy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@code .npy} header as {@code numpy.lib.format} does, byte for byte: the dict literal
 * with sorted keys, the spare spaces for growing the first (or, in Fortran order, the last)
 * dimension, the padding that puts the data at a multiple of 64 bytes, and the smallest version
 * that holds it (1.0; 2.0 for a header over 65535 bytes; 3.0 for names outside Latin-1).
 */
final class HeaderWriter {
  private static final int ARRAY_ALIGN = 64;
  /** NumPy's {@code GROWTH_AXIS_MAX_DIGITS}. */
  private static final int GROWTH_DIGITS = 21;

  private HeaderWriter() {}

  /** Returns the header: magic, version, length and the padded dict. */
  static byte[] header(Dtype dtype, boolean fortranOrder, long[] shape) {
    StringBuilder dict = new StringBuilder("{'descr': ").append(descr(dtype)).append(", 'fortran_order': ")
        .append(fortranOrder ? "True" : "False").append(", 'shape': ").append(shapeRepr(shape)).append(", }");
    if (shape.length > 0) {
      int growing = fortranOrder ? shape.length - 1 : 0;
      dict.append(" ".repeat(Math.max(0, GROWTH_DIGITS - Long.toString(shape[growing]).length())));
    }
    String text = dict.toString();
    boolean latin1 = text.chars().allMatch(c -> c < 0x100);
    byte[] body = text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    int major = !latin1 ? 3 : padded(body.length, 2) <= 0xffff ? 1 : 2;
    int lengthBytes = major == 1 ? 2 : 4;
    long total = padded(body.length, lengthBytes);
    byte[] out = new byte[Math.toIntExact(8 + lengthBytes + total)];
    out[0] = (byte) 0x93;
    System.arraycopy("NUMPY".getBytes(StandardCharsets.US_ASCII), 0, out, 1, 5);
    out[6] = (byte) major;
    for (int i = 0; i < lengthBytes; i++) {
      out[8 + i] = (byte) (total >>> (8 * i));
    }
    int at = 8 + lengthBytes;
    System.arraycopy(body, 0, out, at, body.length);
    java.util.Arrays.fill(out, at + body.length, out.length - 1, (byte) ' ');
    out[out.length - 1] = '\n';
    return out;
  }

  /** The header's length with its spaces and newline: NumPy pads a full 64 when already aligned. */
  private static long padded(int bodyLength, int lengthBytes) {
    long hlen = bodyLength + 1L;
    long pad = ARRAY_ALIGN - ((8 + lengthBytes + hlen) % ARRAY_ALIGN);
    return hlen + pad;
  }

  /** Returns {@code repr(dtype_to_descr(dtype))}: a type string, or the list of fields and pads. */
  static String descr(Dtype dtype) {
    return PyRepr.repr(literal(dtype));
  }

  private static Object literal(Dtype dtype) {
    if (dtype instanceof Dtype.Scalar s) {
      return s.typestr();
    }
    if (dtype instanceof Dtype.SubArray sub) {
      return new PyLiteral.Tuple(List.of(literal(sub.base()), shapeLiteral(sub.shape())));
    }
    Dtype.Struct struct = (Dtype.Struct) dtype;
    List<Object> entries = new ArrayList<>();
    long at = 0;
    for (Dtype.Field f : struct.fields()) {
      padTo(entries, at, f.offset());
      Dtype type = f.type();
      Object name = f.title() == null ? f.name() : tuple(f.title(), f.name());
      entries.add(type instanceof Dtype.SubArray sub
          ? tuple(name, literal(sub.base()), shapeLiteral(sub.shape()))
          : tuple(name, literal(type)));
      at = f.offset() + type.itemsize();
    }
    padTo(entries, at, struct.itemsize());
    return entries;
  }

  private static void padTo(List<Object> entries, long at, long offset) {
    if (offset > at) {
      entries.add(tuple("", "|V" + (offset - at)));
    }
  }

  private static PyLiteral.Tuple tuple(Object... items) {
    return new PyLiteral.Tuple(List.of(items));
  }

  private static PyLiteral.Tuple shapeLiteral(long[] shape) {
    List<Object> dims = new ArrayList<>();
    for (long d : shape) {
      dims.add(java.math.BigInteger.valueOf(d));
    }
    return new PyLiteral.Tuple(dims);
  }

  private static String shapeRepr(long[] shape) {
    return PyRepr.repr(shapeLiteral(shape));
  }
}
