package dev.structview.fuzz;

import dev.structview.buffer.BufferInfo;
import dev.structview.format.Struct;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain reference model of memoryviews over a byte array, written from CPython's documented
 * rules (shared/CPYTHON.md, sections 2 and 4) for the fuzz properties: shape, strides and offset
 * of each view, its read-only flag and exports, and the values its bytes hold (x86-64 native
 * sizes, little-endian). It shares no code with the runtime.
 */
final class ViewModel {
  static final String CODES = "cbB?hHiIlLqQnNefdP";
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

  /** The bytes the views should see, indexed as the memory is. */
  final byte[] memory;

  ViewModel(byte[] memory) {
    this.memory = memory;
  }

  /**
   * CPython's {@code PyBuffer_IsContiguous} of a descriptor of {@code nbytes} bytes: an empty one
   * is contiguous; otherwise every dimension of extent above 1 has the packed stride.
   */
  static boolean isContiguous(long[] shape, long[] strides, long itemsize, long nbytes, boolean fortran) {
    if (nbytes == 0) {
      return true;
    }
    long expected = itemsize;
    for (int k = 0; k < shape.length; k++) {
      int d = fortran ? k : shape.length - 1 - k;
      if (shape[d] > 1 && strides[d] != expected) {
        return false;
      }
      expected *= shape[d];
    }
    return true;
  }

  /** One view: where its elements are and what it may do. */
  static final class View {
    final String format;
    final long itemsize;
    final long[] shape;
    final long[] strides;
    final long offset;
    final boolean readonly;
    boolean released;
    final List<BufferInfo> exports = new ArrayList<>();

    View(String format, long itemsize, long[] shape, long[] strides, long offset, boolean readonly) {
      this.format = format;
      this.itemsize = itemsize;
      this.shape = shape;
      this.strides = strides;
      this.offset = offset;
      this.readonly = readonly;
    }

    int ndim() {
      return shape.length;
    }

    long count() {
      long n = 1;
      for (long extent : shape) {
        n *= extent;
      }
      return n;
    }

    long nbytes() {
      return count() * itemsize;
    }

    /** The native code of the format, with an optional '@', or 0 for another format. */
    char code() {
      String bare = format.startsWith("@") ? format.substring(1) : format;
      return bare.length() == 1 && CODES.indexOf(bare.charAt(0)) >= 0 ? bare.charAt(0) : 0;
    }

    /** CPython's {@code PyBuffer_IsContiguous}. */
    boolean bufferContiguous(boolean fortran) {
      return isContiguous(shape, strides, itemsize, nbytes(), fortran);
    }

    /** CPython's {@code init_flags}: 1-D views follow their own rule. */
    boolean contiguous(boolean fortran) {
      if (shape.length == 0) {
        return true;
      }
      if (shape.length == 1) {
        return shape[0] == 1 || strides[0] == itemsize;
      }
      return bufferContiguous(fortran);
    }

    /** Each element's byte position, in C or Fortran order. */
    List<Long> positions(boolean fortran) {
      List<Long> out = new ArrayList<>();
      if (count() == 0) {
        return out;
      }
      long[] index = new long[shape.length];
      while (true) {
        long p = offset;
        for (int d = 0; d < shape.length; d++) {
          p += index[d] * strides[d];
        }
        out.add(p);
        int k = 0;
        for (; k < shape.length; k++) {
          int d = fortran ? k : shape.length - 1 - k;
          if (++index[d] < shape[d]) {
            break;
          }
          index[d] = 0;
        }
        if (k == shape.length) {
          return out;
        }
      }
    }

    @Override
    public String toString() {
      return "View[" + format + " itemsize=" + itemsize + " shape=" + Arrays.toString(shape) + " strides="
          + Arrays.toString(strides) + " offset=" + offset + (readonly ? " ro" : "") + (released ? " released" : "")
          + " exports=" + exports.size() + "]";
    }
  }

  /** CPython's {@code PySlice_AdjustIndices}: first index, step and length, or null for step 0. */
  static long[] resolve(Long start, Long stop, Long step, long length) {
    long s = step == null ? 1 : step;
    if (s == 0) {
      return null;
    }
    s = Math.max(s, -Long.MAX_VALUE);
    long first = adjust(start, length, s < 0 ? length - 1 : 0, s);
    long last = adjust(stop, length, s < 0 ? -1 : length, s);
    BigInteger n = BigInteger.ZERO;
    if (s < 0 ? last < first : first < last) {
      BigInteger span = BigInteger.valueOf(s < 0 ? first - last - 1 : last - first - 1);
      n = span.divide(BigInteger.valueOf(Math.abs(s))).add(BigInteger.ONE);
    }
    return new long[] {first, s, n.longValueExact()};
  }

  private static long adjust(Long position, long length, long omitted, long step) {
    if (position == null) {
      return omitted;
    }
    long p = position;
    if (p < 0) {
      p = p + length < 0 ? (step < 0 ? -1 : 0) : p + length;
    } else if (p >= length) {
      p = step < 0 ? length - 1 : length;
    }
    return p;
  }

  static int size(char code) {
    switch (code) {
      case 'c': case 'b': case 'B': case '?': return 1;
      case 'h': case 'H': case 'e': return 2;
      case 'i': case 'I': case 'f': return 4;
      default: return 8;
    }
  }

  /** The value of the element at {@code p}, read little-endian. */
  Object read(char code, long p) {
    int at = (int) p;
    long bits = 0;
    for (int i = size(code) - 1; i >= 0; i--) {
      bits = bits << 8 | (memory[at + i] & 0xff);
    }
    switch (code) {
      case 'c': return new byte[] {(byte) bits};
      case 'b': return (byte) bits;
      case 'B': case 'H': return (int) bits;
      case '?': return bits != 0;
      case 'h': return (short) bits;
      case 'i': return (int) bits;
      case 'I': return bits;
      case 'l': case 'q': case 'n': return bits;
      case 'e': return half((int) bits);
      case 'f': return Float.intBitsToFloat((int) bits);
      case 'd': return Double.longBitsToDouble(bits);
      default: return new BigInteger(Long.toUnsignedString(bits));   // L Q N P
    }
  }

  /**
   * Whether elements of a view's format can be read: 0 if they can, {@code 'E'} if memoryview
   * refuses the format before looking at an index (a multi-character format the struct module
   * cannot parse, or one larger than the itemsize), {@code 'L'} if it refuses only when it reads an
   * element (an unknown single character, or a native code larger than the itemsize).
   */
  char unusable(View m) {
    char code = m.code();
    if (code != 0) {
      return size(code) <= m.itemsize ? 0 : 'L';
    }
    String bare = m.format.startsWith("@") ? m.format.substring(1) : m.format;
    Struct struct;
    try {
      struct = Struct.of(m.format);
    } catch (IllegalArgumentException e) {
      return bare.length() == 1 ? 'L' : 'E';
    }
    return struct.size() <= m.itemsize ? 0 : 'E';
  }

  /**
   * Reads an element: native codes by the model's own decoding; other formats (beyond CPython) by
   * {@link Struct}, which the CPython vectors check, on the bytes the model says the element has.
   */
  Object readElement(View m, long p) {
    char code = m.code();
    if (code != 0) {
      return read(code, p);
    }
    Struct struct = Struct.of(m.format);
    List<Object> values = struct.unpack(Arrays.copyOfRange(memory, (int) p, (int) (p + struct.size())));
    return values.size() == 1 ? values.get(0) : values;
  }

  /** The bytes a set writes for a value, or null where it refuses the value. */
  byte[] encodeElement(View m, Object value) {
    char code = m.code();
    if (code != 0) {
      return encode(code, value);
    }
    Struct struct = Struct.of(m.format);
    Object[] values = struct.layout().valueCount() == 1 ? new Object[] {value}
        : value instanceof List ? ((List<?>) value).toArray() : null;
    if (values == null) {
      return null;
    }
    try {
      return struct.pack(values);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  void write(long p, byte[] bytes) {
    System.arraycopy(bytes, 0, memory, (int) p, bytes.length);
  }

  static float half(int h) {
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    float v = e == 0 ? m * 0x1p-24f : e == 31 ? (m == 0 ? Float.POSITIVE_INFINITY : Float.NaN)
        : (1 + m / 1024f) * (float) Math.pow(2, e - 15);
    return (h & 0x8000) != 0 ? -v : v;
  }

  /**
   * The bytes memoryview's {@code pack_single} writes for a value, or null where it raises
   * (TypeError "invalid type" or ValueError "invalid value": both IllegalArgumentException).
   */
  static byte[] encode(char code, Object value) {
    switch (code) {
      case '?':
        return new byte[] {(byte) (ValueModel.truthy(value) ? 1 : 0)};
      case 'c':
        return value instanceof byte[] && ((byte[]) value).length == 1 ? ((byte[]) value).clone() : null;
      case 'e': case 'f': case 'd':
        return encodeFloat(code, value);
      default:
        BigInteger v = ValueModel.integer(value);
        if (v == null || !inRange(code, v)) {
          return null;
        }
        return little(v.longValue(), size(code));
    }
  }

  private static boolean inRange(char code, BigInteger v) {
    BigInteger lo;
    BigInteger hi;
    switch (code) {
      case 'b': lo = BigInteger.valueOf(-128); hi = BigInteger.valueOf(127); break;
      case 'B': lo = BigInteger.ZERO; hi = BigInteger.valueOf(255); break;
      case 'h': lo = BigInteger.valueOf(-32768); hi = BigInteger.valueOf(32767); break;
      case 'H': lo = BigInteger.ZERO; hi = BigInteger.valueOf(65535); break;
      case 'i': lo = BigInteger.valueOf(Integer.MIN_VALUE); hi = BigInteger.valueOf(Integer.MAX_VALUE); break;
      case 'I': lo = BigInteger.ZERO; hi = BigInteger.valueOf(0xffffffffL); break;
      case 'l': case 'q': case 'n': lo = TWO_63.negate(); hi = TWO_63.subtract(BigInteger.ONE); break;
      case 'P': lo = TWO_63.negate(); hi = TWO_64.subtract(BigInteger.ONE); break;
      default: lo = BigInteger.ZERO; hi = TWO_64.subtract(BigInteger.ONE); break;   // L Q N
    }
    return v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
  }

  private static byte[] encodeFloat(char code, Object value) {
    if (value instanceof Float && code == 'f') {
      return little(Float.floatToRawIntBits((Float) value), 4);
    }
    double d;
    if (value instanceof Boolean) {
      d = (Boolean) value ? 1 : 0;
    } else if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Number) {
      d = ((Number) value).doubleValue();
      if (value instanceof BigInteger && Double.isInfinite(d)) {
        return null;
      }
    } else {
      return null;
    }
    if (code == 'd') {
      return little(Double.doubleToRawLongBits(d), 8);
    }
    if (code == 'f') {
      return little(Float.floatToRawIntBits((float) d), 4);
    }
    Integer h = toHalf(d);
    return h == null ? null : little(h, 2);
  }

  /** The binary16 nearest to {@code d} (ties to even), or null when a finite value overflows. */
  static Integer toHalf(double d) {
    int sign = (Double.doubleToRawLongBits(d) < 0) ? 0x8000 : 0;
    if (Double.isNaN(d)) {
      return 0x7e00 | sign;
    }
    double a = Math.abs(d);
    if (Double.isInfinite(a)) {
      return 0x7c00 | sign;
    }
    int best = 0;
    for (int h = 1; h < 0x7c00; h++) {   // the finite positive halves, in increasing order
      double v = half(h);
      double diff = Math.abs(v - a);
      double bestDiff = Math.abs(half(best) - a);
      if (diff < bestDiff || diff == bestDiff && (h & 1) == 0) {
        best = h;
      }
      if (v > a) {
        break;
      }
    }
    if (a >= 65520) {
      return null;
    }
    return best | sign;
  }

  static byte[] little(long bits, int size) {
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = (byte) (bits >>> (8 * i));
    }
    return out;
  }

  /** Values compared as Python compares what memoryview returns: byte arrays by content, NaN equal to NaN. */
  static boolean same(Object a, Object b) {
    if (a instanceof List && b instanceof List) {
      List<?> x = (List<?>) a;
      List<?> y = (List<?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.deepEquals(a, b);
  }
}
