package dev.structview.samples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Values as Python's {@code repr} shows what {@code struct.unpack} returns: {@code b'ab\x00'},
 * {@code True}, {@code 1e+16}, {@code nan}, so that a dump reads like the Python it mirrors.
 */
public final class PyRepr {
  /** How many characters of a long byte string's repr are made before they are handed on. */
  private static final int PIECE = 4096;
  private static final String HEX = "0123456789abcdef";
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

  private PyRepr() {}

  /** The repr of one unpacked value: bytes, bool, int (Long or BigInteger) or float (Float or Double). */
  public static String of(Object value) {
    if (value instanceof byte[]) {
      return bytes((byte[]) value);
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof Double || value instanceof Float) {
      return real(((Number) value).doubleValue()); // Python holds every float as a double
    }
    return String.valueOf(value);
  }

  /** The repr of a list of values, as Python prints a tuple's items: {@code 1, -2, 3}. */
  public static String of(List<Object> values) {
    StringBuilder out = new StringBuilder();
    for (Object v : values) {
      out.append(out.length() == 0 ? "" : ", ").append(of(v));
    }
    return out.toString();
  }

  /** {@code b'...'}, quoted with {@code "} only when the bytes hold {@code '} and no {@code "}. */
  static String bytes(byte[] b) {
    StringBuilder out = new StringBuilder(b.length + 3);
    bytes(ByteBuffer.wrap(b), 0, b.length, out::append);
    return out.toString();
  }

  /**
   * Writes the repr of {@code length} bytes at index {@code at} of {@code data} to {@code out}, in
   * pieces of a bounded size: a string of megabytes is never held whole, nor copied.
   */
  static void bytes(ByteBuffer data, int at, int length, Consumer<CharSequence> out) {
    boolean single = contains(data, at, length, '\'') && !contains(data, at, length, '"');
    char quote = single ? '"' : '\'';
    out.accept(single ? "b\"" : "b'");
    StringBuilder piece = new StringBuilder(Math.min(length, PIECE) + 8);
    for (int i = at; i < at + length; i++) {
      escape(data.get(i) & 0xff, quote, piece);
      if (piece.length() >= PIECE) {
        out.accept(piece);
        piece.setLength(0);
      }
    }
    out.accept(piece.append(quote));
  }

  private static void escape(int c, char quote, StringBuilder out) {
    if (c == quote || c == '\\') {
      out.append('\\').append((char) c);
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < 0x20 || c >= 0x7f) {
      out.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
    } else {
      out.append((char) c);
    }
  }

  private static boolean contains(ByteBuffer data, int at, int length, char c) {
    for (int i = at; i < at + length; i++) {
      if (data.get(i) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Python's float repr: the shortest digits that round-trip (the closest such when several do),
   * in positional notation for decimal exponents from -4 to 15 and {@code 1e+16} style otherwise.
   */
  static String real(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal digits = shortest(d).stripTrailingZeros();
    int exponent = digits.precision() - digits.scale() - 1; // the decimal exponent of the first digit
    if (exponent >= -4 && exponent < 16) {
      String plain = digits.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String mantissa = digits.movePointLeft(exponent).toPlainString();
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
  }

  /**
   * The shortest decimal that reads back as {@code d}, nearest to it among those of that length
   * (ties to an even last digit), as CPython's repr finds it. Not {@link Double#toString}: before
   * Java 19 it sometimes gives a longer string ({@code 4.9E-324} for Python's {@code 5e-324}).
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    // If some decimal of p digits reads back as d, so does one of p + 1 (append a zero): the
    // lengths that work are a range up to 17, and the shortest is found by bisection.
    int low = 1;
    int high = 17; // 17 digits always read back
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (readsBack(exact, d, mid) != null) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    BigDecimal shortest = readsBack(exact, d, low);
    return shortest != null ? shortest : exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /** A decimal of {@code precision} digits that reads back as {@code d}, the nearest first; or null. */
  private static BigDecimal readsBack(BigDecimal exact, double d, int precision) {
    // The nearest decimal of this length first; the one on the other side of d can still read
    // back as d where the gap below d is half the gap above (d a power of two).
    for (RoundingMode mode : ROUNDINGS) {
      BigDecimal candidate = exact.round(new MathContext(precision, mode));
      if (candidate.doubleValue() == d) {
        return candidate;
      }
    }
    return null;
  }

}
