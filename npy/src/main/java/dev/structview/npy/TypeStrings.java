package dev.structview.npy;

/**
 * Reads NumPy type strings, {@code dtype.str} as {@code .npy} headers hold them: an optional byte
 * order ({@code < > = |}), a kind and a size in bytes (in characters for {@code U}):
 * {@code '<i4'}, {@code '>f8'}, {@code '|b1'}, {@code '|S5'}, {@code '<U3'}, {@code '|V16'},
 * {@code '<c16'}. The one table of which kinds and sizes exist.
 */
final class TypeStrings {
  /** The longest type string read: a kind, an order and a size far past any real one. */
  private static final int MAX_LENGTH = 24;

  private TypeStrings() {}

  /**
   * Returns the scalar a type string names.
   *
   * @throws NpyFormatException naming {@code source} and the string, for an unknown kind or size,
   *     and for the kinds no buffer format describes (objects, datetimes, timedeltas)
   */
  static Dtype.Scalar parse(String typestr, String source) {
    if (typestr.isEmpty() || typestr.length() > MAX_LENGTH) {
      throw unknown(typestr, source);
    }
    int i = 0;
    char order = '=';
    if ("<>=|".indexOf(typestr.charAt(0)) >= 0) {
      order = typestr.charAt(0);
      i = 1;
    }
    if (i >= typestr.length()) {
      throw unknown(typestr, source);
    }
    char kind = typestr.charAt(i);
    String digits = typestr.substring(i + 1);
    refuseUnbufferable(kind, typestr, source);
    long size = size(kind, digits, typestr, source);
    return new Dtype.Scalar(kind, size, normalOrder(order, kind, size));
  }

  private static void refuseUnbufferable(char kind, String typestr, String source) {
    switch (kind) {
      case 'O':
        throw new NpyFormatException(source, "dtype " + typestr + " holds Python objects, stored pickled;"
            + " object arrays are never read (nothing is unpickled)");
      case 'M':
      case 'm':
        throw new NpyFormatException(source, "dtype " + typestr + " (" + (kind == 'M' ? "datetime64" : "timedelta64")
            + ") has no buffer format: NumPy cannot export it to a memoryview either (\"cannot include dtype '"
            + kind + "' in a buffer\"); view the file's bytes with MemoryView.map and cast them to int64");
      default:
    }
  }

  private static long size(char kind, String digits, String typestr, String source) {
    long n;
    if (digits.isEmpty()) {
      n = kind == 'S' || kind == 'U' || kind == 'V' ? 0 : -1;
    } else if (digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.length() <= 18) {
      n = Long.parseLong(digits);
    } else {
      throw unknown(typestr, source);
    }
    boolean valid = switch (kind) {
      case 'b' -> n == 1;
      case 'i', 'u' -> n == 1 || n == 2 || n == 4 || n == 8;
      case 'f' -> n == 2 || n == 4 || n == 8 || n == 16;
      case 'c' -> n == 8 || n == 16 || n == 32;
      case 'S', 'V' -> n >= 0;
      case 'U' -> n >= 0 && n <= Long.MAX_VALUE / 4;
      default -> false;
    };
    if (!valid) {
      throw unknown(typestr, source);
    }
    return kind == 'U' ? n * 4 : n;
  }

  /** NumPy's {@code byteorder}: {@code '|'} where order cannot matter, {@code '='} for the machine's. */
  private static char normalOrder(char order, char kind, long size) {
    if (kind == 'b' || kind == 'S' || kind == 'V' || size == 1) {
      return '|';
    }
    return order == '|' || order == Dtype.NATIVE ? '=' : order;
  }

  private static NpyFormatException unknown(String typestr, String source) {
    return new NpyFormatException(source, "descr " + PyRepr.repr(typestr) + " is not a NumPy type string"
        + " this reader knows (kinds b i u f c S U V with their sizes, as in '<i4', '|S5', '<U3')");
  }
}
