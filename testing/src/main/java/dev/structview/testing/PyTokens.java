package dev.structview.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The value tokens the CPython vector generators write, shared by every replay harness.
 *
 * <p>{@code i<decimal>} int, {@code T}/{@code F} bool, {@code N} None, {@code d<16 hex>} a float's
 * IEEE 754 binary64 bits, {@code b<hex>} bytes, {@code u<hex>} a str's UTF-8, {@code o} a plain
 * object. Formats are {@code s:text} or {@code x:hex of UTF-8}; byte columns are hex, {@code -}
 * for empty and {@code N} for None.
 */
public final class PyTokens {
  private static final HexFormat HEX = HexFormat.of();

  private PyTokens() {}

  /** How Python ints become Java values: each style is worth replaying. */
  public enum IntStyle {
    /** {@code Long} when it fits, else {@code BigInteger}. */
    LONG,
    /** {@code Integer} when it fits, {@code Long}, else {@code BigInteger}. */
    NARROW,
    /** Always {@code BigInteger}. */
    BIG
  }

  /** Decodes one scalar token into the Java value a caller would pass. */
  public static Object value(String token, IntStyle style) {
    String body = token.substring(1);
    switch (token.charAt(0)) {
      case 'i':
        return integer(new BigInteger(body), style);
      case 'T':
        return Boolean.TRUE;
      case 'F':
        return Boolean.FALSE;
      case 'N':
        return null;
      case 'd':
        return Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
      case 'b':
        return HEX.parseHex(body);
      case 'u':
        return new String(HEX.parseHex(body), StandardCharsets.UTF_8);
      case 'o':
        return new Object();
      default:
        throw new IllegalArgumentException("bad value token " + token);
    }
  }

  private static Object integer(BigInteger v, IntStyle style) {
    if (style == IntStyle.BIG || v.bitLength() > 63) {
      return v;
    }
    if (style == IntStyle.NARROW && v.bitLength() <= 31) {
      return v.intValue();
    }
    return v.longValue();
  }

  /**
   * Compares a Java result with a scalar token: integers by value, floats by raw bits (a
   * {@code Float} widened as C widens it), bytes by content.
   *
   * @return null when equal, else what differs
   */
  public static String mismatch(String token, Object value) {
    boolean equal;
    switch (token.charAt(0)) {
      case 'i':
        equal = value instanceof Number && new BigInteger(token.substring(1)).equals(toBigInteger(value));
        break;
      case 'T':
      case 'F':
        equal = Boolean.valueOf(token.equals("T")).equals(value);
        break;
      case 'd':
        equal = (value instanceof Float || value instanceof Double)
            && Long.parseUnsignedLong(token.substring(1), 16) == doubleBits(value);
        break;
      case 'b':
        equal = value instanceof byte[] && Arrays.equals(HEX.parseHex(token.substring(1)), (byte[]) value);
        break;
      default:
        return "unexpected token " + token;
    }
    return equal ? null : describe(value) + " != " + token;
  }

  private static BigInteger toBigInteger(Object value) {
    return value instanceof BigInteger ? (BigInteger) value : BigInteger.valueOf(((Number) value).longValue());
  }

  /** A float's bits as CPython holds it: a {@code Float} widened by C's conversion (signalling NaNs turn quiet). */
  public static long doubleBits(Object value) {
    if (value instanceof Float) {
      int bits = Float.floatToRawIntBits((Float) value);
      if (Float.isNaN((Float) value)) {
        long sign = (bits & 0x8000_0000L) << 32;
        return sign | 0x7ff8_0000_0000_0000L | (long) (bits & 0x003f_ffff) << 29;
      }
      return Double.doubleToRawLongBits((Float) value);
    }
    return Double.doubleToRawLongBits((Double) value);
  }

  /** Renders a Java value for a failure message. */
  public static String describe(Object value) {
    if (value instanceof byte[]) {
      return "b'" + HEX.formatHex((byte[]) value) + "'";
    }
    if (value instanceof Float || value instanceof Double) {
      return value + "(0x" + Long.toHexString(doubleBits(value)) + ")";
    }
    return String.valueOf(value);
  }

  /** Decodes a format column: {@code s:text} or {@code x:hex of UTF-8}. */
  public static String format(String column) {
    if (column.startsWith("s:")) {
      return column.substring(2);
    }
    return new String(HEX.parseHex(column.substring(2)), StandardCharsets.UTF_8);
  }

  /** Decodes a bytes column: hex, {@code -} for empty, {@code N} for None (null). */
  public static byte[] bytes(String column) {
    if (column.equals("N")) {
      return null;
    }
    return column.equals("-") ? new byte[0] : HEX.parseHex(column);
  }
}
