package dev.structview.npy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@code .npy} header as {@code numpy.lib.format.read_array_header_*} does, with its checks
 * and, where it has them, its messages: the magic string, the version, the header's length and
 * its dictionary of exactly {@code descr}, {@code fortran_order} and {@code shape}. Bounded: the
 * header is read only after its declared length is checked against {@value #MAX_HEADER_BYTES} and
 * what the source holds.
 */
final class HeaderReader {
  /**
   * The longest header read. NumPy's {@code numpy.load} refuses more than 10000 characters unless
   * the file is trusted, since it evaluates the header with {@code ast.literal_eval}; this reader
   * parses it with a bounded parser, so a larger bound is safe.
   */
  static final int MAX_HEADER_BYTES = 1 << 20;
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** How many bytes {@link #isMagic} compares: NumPy's {@code format.MAGIC_PREFIX}. */
  static final int MAGIC_LENGTH = MAGIC.length;

  /** Reads bytes of the source in order. */
  interface Input {
    /**
     * Returns the next {@code n} bytes.
     *
     * @throws NpyFormatException if the source ends first, naming {@code what} was being read
     */
    byte[] next(int n, String what);

    /** Returns how many bytes are left, or -1 if unknown (a stream). */
    long remaining();
  }

  /** A header and the dtype its descr describes. */
  record Parsed(NpyHeader header, Dtype dtype) {}

  private HeaderReader() {}

  /**
   * Reads the header.
   *
   * @param mapped whether the data is read in place in a file mapped from its start, as
   *     {@code numpy.load(f, mmap_mode="r")} reads it: the format's alignment rules then take the
   *     data's offset in the file as its address (else 0: data copied into memory of its own), and
   *     a sub-array descr is read as {@code numpy.memmap} reads it (else refused, as
   *     {@code numpy.load} refuses it)
   * @throws NpyFormatException naming {@code source} and the problem
   */
  static Parsed read(Input in, String source, boolean mapped) {
    byte[] magic = in.next(8, "magic string");
    if (!isMagic(magic)) {
      throw new NpyFormatException(source, "the magic string is not correct; expected b'\\x93NUMPY', got "
          + bytesRepr(magic, 6) + ": not a .npy file");
    }
    int major = magic[6] & 0xff;
    int minor = magic[7] & 0xff;
    if (minor != 0 || major < 1 || major > 3) {
      throw new NpyFormatException(source, "we only support format version (1,0), (2,0), and (3,0), not ("
          + major + ", " + minor + ")");
    }
    int lengthBytes = major == 1 ? 2 : 4;
    long length = littleEndian(in.next(lengthBytes, "array header length"));
    long left = in.remaining();
    if (length > MAX_HEADER_BYTES || (left >= 0 && length > left)) {
      throw new NpyFormatException(source, "the header length " + length + " is more than "
          + (length > MAX_HEADER_BYTES ? "the " + MAX_HEADER_BYTES + " bytes this reader parses"
              : "the " + left + " bytes left in the file"));
    }
    String text = decode(in.next((int) length, "array header"), major, source);
    long dataOffset = 8 + lengthBytes + length;
    return interpret(PyLiteral.parse(text, source, major < 3), major, dataOffset, source, mapped);
  }

  /**
   * Returns whether {@code first} starts with {@code \x93NUMPY}: how {@code numpy.load} tells a
   * {@code .npy} image from other content (in an {@code .npz}, a member without it is raw bytes).
   */
  static boolean isMagic(byte[] first) {
    return first.length >= MAGIC.length && Arrays.equals(first, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  private static Parsed interpret(Object literal, int major, long dataOffset, String source, boolean mapped) {
    if (!(literal instanceof Map<?, ?> d)) {
      throw new NpyFormatException(source, "Header is not a dictionary: " + shorten(PyRepr.repr(literal)));
    }
    if (!d.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
      Set<String> keys = new TreeSet<>();
      d.keySet().forEach(k -> keys.add(PyRepr.repr(k)));
      throw new NpyFormatException(source, "Header does not contain the correct keys: " + shorten(keys.toString()));
    }
    long[] shape = shape(d.get("shape"), source);
    if (!(d.get("fortran_order") instanceof Boolean fortran)) {
      throw new NpyFormatException(source, "fortran_order is not a valid bool: "
          + shorten(PyRepr.repr(d.get("fortran_order"))));
    }
    Dtype dtype = DescrParser.parse(d.get("descr"), source);
    String descr = PyRepr.repr(d.get("descr"));
    if (dtype instanceof Dtype.SubArray sub) {
      if (!mapped) {
        throw new NpyFormatException(source, "descr " + shorten(descr) + " is a sub-array at the top level,"
            + " which numpy.load reads only with mmap_mode (without it, the element count disagrees with the"
            + " shape); map the file with Npy.map");
      }
      shape = subArrayShape(shape, sub, source);
      dtype = sub.element();
    }
    if (dtype.itemsize() == 0) {
      throw new NpyFormatException(source, "descr " + shorten(descr) + " has itemsize 0; a view's items have"
          + " at least one byte");
    }
    long dataBytes = Shapes.dataBytes(shape, dtype.itemsize(), source);
    long[] strides = Shapes.strides(shape, dtype.itemsize(), fortran, false);
    long[] own = Shapes.strides(shape, dtype.itemsize(), fortran, true);
    String format = BufferFormats.of(dtype, mapped ? dataOffset : 0, shape, own, source);
    return new Parsed(new NpyHeader(major, 0, descr, format, dtype.itemsize(), fortran, shape, strides,
        dataOffset, dataBytes), dtype);
  }

  /**
   * The shape {@code numpy.memmap} gives an array of a sub-array dtype: the header's shape, then
   * each level's dimensions, of the innermost base ({@code ('<i4', (2,))} of shape (2,) is
   * {@code '<i4'} of shape (2, 2)).
   */
  private static long[] subArrayShape(long[] shape, Dtype.SubArray sub, String source) {
    long[] dims = sub.elementShape();
    long[] all = Arrays.copyOf(shape, shape.length + dims.length);
    System.arraycopy(dims, 0, all, shape.length, dims.length);
    if (all.length > Npy.MAX_NDIM) {
      throw new NpyFormatException(source, "shape " + Arrays.toString(shape) + " and the sub-array descr's "
          + (all.length - shape.length) + " dimensions make " + all.length + "; NumPy allows at most " + Npy.MAX_NDIM);
    }
    return all;
  }

  private static long[] shape(Object literal, String source) {
    if (!(literal instanceof PyLiteral.Tuple t)) {
      throw new NpyFormatException(source, "shape is not valid: " + shorten(PyRepr.repr(literal)));
    }
    List<Object> dims = t.items();
    if (dims.size() > Npy.MAX_NDIM) {
      throw new NpyFormatException(source, "shape has " + dims.size() + " dimensions; NumPy and memoryview"
          + " allow at most " + Npy.MAX_NDIM);
    }
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      if (!(dims.get(i) instanceof BigInteger n)) {
        throw new NpyFormatException(source, "shape is not valid: " + shorten(PyRepr.repr(literal)));
      }
      if (n.signum() < 0) {
        throw new NpyFormatException(source, "negative dimensions are not allowed: shape " + PyRepr.repr(literal));
      }
      if (n.bitLength() > 63) {
        throw new NpyFormatException(source, "shape " + shorten(PyRepr.repr(literal)) + " has a dimension"
            + " past 2^63 - 1");
      }
      shape[i] = n.longValue();
    }
    return shape;
  }

  private static String decode(byte[] header, int major, String source) {
    if (major < 3) {
      return new String(header, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(header)).toString();
    } catch (CharacterCodingException e) {
      throw new NpyFormatException(source, "the version 3.0 header is not UTF-8: " + e.getMessage());
    }
  }

  private static long littleEndian(byte[] b) {
    long v = 0;
    for (int i = b.length - 1; i >= 0; i--) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  /** Python's repr of the first {@code n} bytes. */
  static String bytesRepr(byte[] b, int n) {
    StringBuilder s = new StringBuilder("b'");
    for (int i = 0; i < n && i < b.length; i++) {
      int c = b[i] & 0xff;
      s.append(c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return s.append('\'').toString();
  }

  static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
