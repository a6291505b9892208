package dev.structview.view;

/** The bytes of a view in C, Fortran or memory order, and their hex form: {@code tobytes}, {@code hex}. */
final class ViewBytes {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private ViewBytes() {}

  /**
   * Copies the elements' bytes: {@code 'C'} row-major, {@code 'F'} column-major, {@code 'A'} the
   * memory as it lies when the view is C- or Fortran-contiguous, else row-major (CPython's
   * {@code PyBuffer_ToContiguous}).
   */
  static byte[] toBytes(ViewLayout view, char order) {
    byte[] out = allocate(view.nbytes);
    boolean raw = order == 'A'
        ? view.bufferContiguous(false) || view.bufferContiguous(true)
        : view.bufferContiguous(order == 'F');
    if (raw) {
      if (out.length > 0) {
        view.memory.copyTo(view.offset, out, 0, out.length);
      }
      return out;
    }
    int size = (int) view.itemsize;
    int[] at = {0};
    view.forEachPosition(order == 'F', p -> {
      view.memory.copyTo(p, out, at[0], size);
      at[0] += size;
    });
    return out;
  }

  private static byte[] allocate(long nbytes) {
    if (nbytes > MAX_ARRAY) {
      throw new IllegalArgumentException("memoryview of " + nbytes + " bytes does not fit a Java array");
    }
    try {
      return new byte[(int) nbytes];
    } catch (OutOfMemoryError e) {
      throw new IllegalArgumentException("cannot allocate " + nbytes + " bytes: " + e.getMessage());
    }
  }

  /**
   * Hex digits, with a separator every {@code |bytesPerSep|} bytes counted from the right when
   * positive and from the left when negative; none when 0 or at least the length (CPython's
   * {@code _Py_strhex_with_sep}).
   *
   * @param sep one ASCII character, or {@code null} for no separator
   */
  static String hex(byte[] bytes, String sep, int bytesPerSep) {
    int group = sep == null ? 0 : Math.abs(bytesPerSep);
    if (group >= bytes.length) {
      group = 0;
    }
    StringBuilder out = new StringBuilder(group == 0 ? 2 * bytes.length : 3 * bytes.length); // fits: checkHexLength
    int lead = group == 0 ? 0 : bytesPerSep > 0 ? bytes.length % group : group;
    for (int i = 0; i < bytes.length; i++) {
      boolean boundary = group != 0 && i > 0 && (bytesPerSep > 0 ? (i - lead) % group == 0 : i % group == 0);
      if (boundary) {
        out.append(sep);
      }
      out.append(DIGITS[(bytes[i] >> 4) & 0xf]).append(DIGITS[bytes[i] & 0xf]);
    }
    return out.toString();
  }

  /**
   * Checks, before any byte is copied, that the hex digits of {@code nbytes} bytes (with a
   * separator after each byte at most) fit a Java string.
   */
  static void checkHexLength(long nbytes, String sep) {
    long perByte = sep == null ? 2 : 3;
    if (nbytes > MAX_ARRAY / perByte) {
      throw new IllegalArgumentException("hex of " + nbytes + " bytes does not fit a Java string");
    }
  }

  /** Checks a separator as CPython does. */
  static void checkSeparator(String sep) {
    if (sep == null) {
      throw new IllegalArgumentException("object of type 'NoneType' has no len(): sep must not be null");
    }
    // Python counts code points: one emoji is a separator of length 1, and not ASCII.
    if (sep.codePointCount(0, sep.length()) != 1) {
      throw new IllegalArgumentException("sep must be length 1.");
    }
    if (sep.codePointAt(0) > 0x7f) {
      throw new IllegalArgumentException("sep must be ASCII.");
    }
  }
}
