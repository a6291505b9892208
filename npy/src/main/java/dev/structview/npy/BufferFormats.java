package dev.structview.npy;

/**
 * The PEP 3118 format NumPy exports for a dtype: NumPy's {@code _buffer_format_string}
 * ({@code numpy/_core/src/multiarray/buffer.c}), rule for rule, so that a view's format is what
 * {@code memoryview(numpy.load(f, mmap_mode="r")).format} reports.
 *
 * <ul>
 *   <li>A field at a larger offset than the format has reached is preceded by {@code x} pads; a
 *       struct is not padded at its end, and a sub-array advances by its elements' formats only.
 *   <li>A native-order scalar that is aligned (the data address, its offset, its size and every
 *       stride of a dimension longer than one are multiples of its alignment) is written with native
 *       sizes after {@code @}; an unaligned one after {@code =}, with standard sizes ({@code q} for
 *       {@code l}); a non-native one after {@code <} or {@code >}. An order is written only when it
 *       changes; one-byte types, strings and void bytes write none.
 *   <li>Long doubles ({@code g}, {@code Zg}) have only a native size: {@code ^} when unaligned,
 *       refused in the other byte order.
 * </ul>
 */
final class BufferFormats {
  /** The longest format made: a header of a few kilobytes can describe gaps of any size. */
  static final int MAX_FORMAT_CHARS = 1 << 20;

  private final StringBuilder out = new StringBuilder();
  private final long address;
  private final long[] shape;
  private final long[] strides;
  private final String source;
  private long offset;
  private char active = '@';

  private BufferFormats(long address, long[] shape, long[] strides, String source) {
    this.address = address;
    this.shape = shape;
    this.strides = strides;
    this.source = source;
  }

  /**
   * Returns the format of an array of {@code dtype} whose data starts at {@code address} (modulo
   * the largest alignment, 16) with the given shape and strides.
   *
   * @throws NpyFormatException where NumPy cannot export the dtype either: overlapping fields, a
   *     name with {@code ':'}, a long double in non-native order; or a format over
   *     {@value #MAX_FORMAT_CHARS} characters
   */
  static String of(Dtype dtype, long address, long[] shape, long[] strides, String source) {
    BufferFormats f = new BufferFormats(address, shape, strides, source);
    f.append(dtype, true);
    return f.out.toString();
  }

  private void append(Dtype dtype, boolean top) {
    if (dtype instanceof Dtype.SubArray sub) {
      subArray(sub);
    } else if (dtype instanceof Dtype.Struct struct) {
      struct(struct);
    } else {
      scalar((Dtype.Scalar) dtype, top);
    }
  }

  private void subArray(Dtype.SubArray sub) {
    long[] dims = sub.shape();
    text("(");
    for (int k = 0; k < dims.length; k++) {
      text((k > 0 ? "," : "") + dims[k]);
    }
    text(")");
    long start = offset;
    append(sub.base(), false);
    offset = start + (offset - start) * sub.count();
  }

  private void struct(Dtype.Struct struct) {
    long base = offset;
    text("T{");
    for (Dtype.Field field : struct.fields()) {
      long at = base + field.offset();
      if (offset > at) {
        throw new NpyFormatException(source, "dtypes with overlapping or out-of-order fields are not"
            + " representable as buffers: field '" + field.name() + "' at offset " + field.offset());
      }
      pad(at - offset);
      offset = at;
      append(field.type(), false);
      if (field.name().indexOf(':') >= 0) {
        throw new NpyFormatException(source, "':' is not an allowed character in buffer field names: '"
            + field.name() + "'");
      }
      text(":" + field.name() + ":");
    }
    text("}");
  }

  private void scalar(Dtype.Scalar s, boolean top) {
    boolean aligned = top ? arrayAligned(s.alignment()) : fieldAligned(s);
    offset += s.size();
    boolean standardSize = true;
    if (s.order() == '=' && aligned) {
      standardSize = false;
      order('@');
    } else if (s.order() == '=' && s.nativeOnly()) {
      standardSize = false;
      order('^');
    } else if (s.order() != '|') {
      order(s.order());
      if (s.nativeOnly()) {
        throw new NpyFormatException(source, "cannot expose native-only dtype '" + s.typestr()
            + "' in non-native byte order '" + s.order() + "' via buffer interface");
      }
    }
    text(code(s, standardSize));
  }

  private static String code(Dtype.Scalar s, boolean standardSize) {
    return switch (s.kind()) {
      case 'b' -> "?";
      case 'i' -> integer("bhi", s.size(), standardSize ? 'q' : 'l');
      case 'u' -> integer("BHI", s.size(), standardSize ? 'Q' : 'L');
      case 'f' -> s.size() == 2 ? "e" : s.size() == 4 ? "f" : s.size() == 8 ? "d" : "g";
      case 'c' -> s.size() == 8 ? "Zf" : s.size() == 16 ? "Zd" : "Zg";
      case 'S' -> s.size() + "s";
      case 'U' -> s.size() / 4 + "w";
      default -> s.size() + "x";
    };
  }

  /** {@code 1 2 4}-byte codes from {@code small}; 8 bytes is C long, {@code l} native or {@code q}. */
  private static String integer(String small, long size, char eight) {
    return String.valueOf(size == 8 ? eight : small.charAt(Long.numberOfTrailingZeros(size)));
  }

  /** NumPy's {@code NPY_ARRAY_ALIGNED}: an empty array is aligned; dimensions of one are skipped. */
  private boolean arrayAligned(long alignment) {
    long bits = address;
    for (int k = 0; k < shape.length; k++) {
      if (shape[k] == 0) {
        return true;
      }
      if (shape[k] > 1) {
        bits |= strides[k];
      }
    }
    return bits % alignment == 0;
  }

  /** NumPy's {@code _is_natively_aligned_at} for a field's scalar at the current offset. */
  private boolean fieldAligned(Dtype.Scalar s) {
    long a = s.alignment();
    if (address % a != 0 || offset % a != 0 || s.size() % a != 0) {
      return false;
    }
    for (int k = 0; k < shape.length; k++) {
      if (shape[k] > 1 && strides[k] % a != 0) {
        return false;
      }
    }
    return true;
  }

  private void order(char c) {
    if (active != c) {
      text(String.valueOf(c));
      active = c;
    }
  }

  private void pad(long count) {
    if (count > MAX_FORMAT_CHARS - out.length()) {
      throw tooLong();
    }
    out.append("x".repeat((int) count));
  }

  private void text(String s) {
    if (s.length() > MAX_FORMAT_CHARS - out.length()) {
      throw tooLong();
    }
    out.append(s);
  }

  private NpyFormatException tooLong() {
    return new NpyFormatException(source, "the dtype's buffer format would be longer than " + MAX_FORMAT_CHARS
        + " characters (NumPy writes one 'x' per pad byte)");
  }
}
