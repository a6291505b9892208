package dev.structview.view;

import dev.structview.buffer.BufferFlags;
import dev.structview.format.FormatCode;

/**
 * The validation of {@code memoryview.cast}, every rule in CPython's order
 * ({@code memoryview_cast_impl}, {@code cast_to_1D}, {@code cast_to_ND}), each failing with
 * CPython's message as an {@link IllegalArgumentException} (CPython's TypeError and ValueError).
 */
final class Casts {
  private Casts() {}

  /**
   * Casts a layout to a native single-character format and, optionally, a shape.
   *
   * @param shape the new shape, or {@code null} for a 1-D cast; empty for 0-d
   */
  static ViewLayout cast(ViewLayout view, String format, long[] shape) {
    if (!view.cContiguous) {
      throw new IllegalArgumentException("memoryview: casts are restricted to C-contiguous views");
    }
    if ((shape != null || view.ndim != 1) && view.hasZeroExtent()) {
      throw new IllegalArgumentException("memoryview: cannot cast view with zeros in shape or strides");
    }
    if (shape != null) {
      checkDimensions(view, shape);
    }
    checkAscii(format);
    long itemsize = nativeSize(format);
    if (itemsize < 0) {
      throw new IllegalArgumentException("memoryview: destination format must be a native single "
          + "character format prefixed with an optional '@'");
    }
    if (!isByteFormat(view.format) && !isByteFormat(format)) {
      throw new IllegalArgumentException("memoryview: cannot cast between two non-byte formats");
    }
    if (view.nbytes % itemsize != 0) {
      throw new IllegalArgumentException("memoryview: length is not a multiple of itemsize");
    }
    long[] newShape = shape == null ? new long[] {view.nbytes / itemsize} : checkShape(shape, itemsize, view.nbytes);
    return view.recast(format, itemsize, newShape);
  }

  private static void checkDimensions(ViewLayout view, long[] shape) {
    if (shape.length > BufferFlags.MAX_NDIM) {
      throw new IllegalArgumentException("memoryview: number of dimensions must not exceed "
          + BufferFlags.MAX_NDIM);
    }
    if (view.ndim != 1 && shape.length != 1) {
      throw new IllegalArgumentException("memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }

  /**
   * CPython encodes the format as ASCII first: its {@code UnicodeEncodeError} names the first run
   * of characters that do not encode, counted in code points, one as {@code character '\xe9'},
   * several as {@code characters in position 0-1}.
   */
  private static void checkAscii(String format) {
    int start = 0;
    for (int i = 0; i < format.length(); i += Character.charCount(format.codePointAt(i)), start++) {
      if (format.codePointAt(i) <= 0x7f) {
        continue;
      }
      int first = format.codePointAt(i);
      int end = start;
      for (int j = i; j < format.length() && format.codePointAt(j) > 0x7f; end++) {
        j += Character.charCount(format.codePointAt(j));
      }
      throw new IllegalArgumentException("'ascii' codec can't encode "
          + (end - start == 1 ? "character '" + escaped(first) + "' in position " + start
              : "characters in position " + start + "-" + (end - 1))
          + ": ordinal not in range(128)");
    }
  }

  /** A code point as Python's repr escapes it: a backslash, then x, u or U and 2, 4 or 8 hex digits. */
  private static String escaped(int codePoint) {
    return codePoint < 0x100 ? String.format("\\x%02x", codePoint)
        : codePoint < 0x10000 ? String.format("\\u%04x", codePoint) : String.format("\\U%08x", codePoint);
  }

  /** CPython's {@code copy_shape} and the final size check of {@code cast_to_ND}. */
  private static long[] checkShape(long[] shape, long itemsize, long nbytes) {
    long size = itemsize;
    for (long extent : shape) {
      if (extent <= 0) {
        throw new IllegalArgumentException("memoryview.cast(): elements of shape must be integers > 0");
      }
      if (extent > Long.MAX_VALUE / size) {
        throw new IllegalArgumentException("memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      size *= extent;
    }
    if (size != nbytes) {
      throw new IllegalArgumentException("memoryview: product(shape) * itemsize != buffer size");
    }
    return shape.clone();
  }

  /** The size of a native single-character format ({@code get_native_fmtchar}), or -1. */
  static long nativeSize(String format) {
    String bare = format.startsWith("@") ? format.substring(1) : format;
    ItemCodec.Native codec = bare.length() == 1 ? ItemCodec.Native.forCode(bare.charAt(0)) : null;
    return codec == null ? -1 : codec.size;
  }

  /** Whether a format is {@code b}, {@code B} or {@code c}, with an optional {@code @}. */
  static boolean isByteFormat(String format) {
    String bare = format.startsWith("@") ? format.substring(1) : format;
    return bare.length() == 1 && FormatCode.forChar(bare.charAt(0)).map(FormatCode::isByteFormat).orElse(false);
  }
}
