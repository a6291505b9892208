package dev.structview.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Which Java values {@code Struct.pack} must accept for a code, written from the README's and
 * {@code FormatCode}'s rules (CPython's {@code struct}): integers by mathematical value within the
 * code's range, any number for floats unless a finite value overflows {@code e} or standard
 * {@code f}, anything for {@code ?}, byte arrays for {@code c s p}.
 */
final class ValueModel {
  private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private ValueModel() {}

  static boolean accepts(char code, boolean nativeMode, Object value) {
    switch (code) {
      case '?':
        return true;
      case 'c':
        return value instanceof byte[] && ((byte[]) value).length == 1;
      case 's':
      case 'p':
        return value instanceof byte[];
      case 'e':
      case 'f':
      case 'd':
        return acceptsFloat(code, nativeMode, value);
      default:
        BigInteger v = integer(value);
        return v != null && v.compareTo(low(code, nativeMode)) >= 0 && v.compareTo(high(code, nativeMode)) <= 0;
    }
  }

  private static boolean acceptsFloat(char code, boolean nativeMode, Object value) {
    double d;
    if (value instanceof Boolean) {
      d = (Boolean) value ? 1 : 0;
    } else if (value instanceof BigInteger) {
      d = ((BigInteger) value).doubleValue();
      if (Double.isInfinite(d)) {
        return false;   // "required argument is not a float": too large for a double
      }
    } else if (value instanceof Number) {
      d = ((Number) value).doubleValue();
    } else {
      return false;
    }
    if (code == 'e') {
      return !Double.isFinite(d) || Math.abs(d) < 65520;   // 65520 rounds to 2^16, past binary16
    }
    if (code == 'f' && !nativeMode) {
      return !Double.isFinite(d) || !Float.isInfinite((float) d);
    }
    return true;
  }

  /** The mathematical value of an integer argument, or null for a value that is not one. */
  static BigInteger integer(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (value instanceof BigInteger) {
      return (BigInteger) value;
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    return null;   // Float, Double, BigDecimal, strings, arrays, null: not Python ints
  }

  private static BigInteger low(char code, boolean nativeMode) {
    switch (code) {
      case 'b': return BigInteger.valueOf(Byte.MIN_VALUE);
      case 'h': return BigInteger.valueOf(Short.MIN_VALUE);
      case 'i': return BigInteger.valueOf(Integer.MIN_VALUE);
      case 'l': return nativeMode ? TWO_63.negate() : BigInteger.valueOf(Integer.MIN_VALUE);
      case 'q': case 'n': case 'P': return TWO_63.negate();
      default: return BigInteger.ZERO;   // B H I L Q N
    }
  }

  private static BigInteger high(char code, boolean nativeMode) {
    switch (code) {
      case 'b': return BigInteger.valueOf(Byte.MAX_VALUE);
      case 'B': return BigInteger.valueOf(255);
      case 'h': return BigInteger.valueOf(Short.MAX_VALUE);
      case 'H': return BigInteger.valueOf(65535);
      case 'i': return BigInteger.valueOf(Integer.MAX_VALUE);
      case 'I': return BigInteger.valueOf(0xffff_ffffL);
      case 'l': return nativeMode ? TWO_63.subtract(BigInteger.ONE) : BigInteger.valueOf(Integer.MAX_VALUE);
      case 'L': return nativeMode ? TWO_64.subtract(BigInteger.ONE) : BigInteger.valueOf(0xffff_ffffL);
      case 'q': case 'n': return TWO_63.subtract(BigInteger.ONE);
      default: return TWO_64.subtract(BigInteger.ONE);   // Q N P
    }
  }

  /** Python's truthiness of the values the fuzzers make. */
  static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).signum() != 0;
    }
    if (v instanceof Double || v instanceof Float) {
      return ((Number) v).doubleValue() != 0;   // NaN is true
    }
    if (integer(v) != null) {
      return integer(v).signum() != 0;
    }
    if (v instanceof byte[]) {
      return ((byte[]) v).length > 0;
    }
    if (v instanceof String) {
      return !((String) v).isEmpty();
    }
    return true;
  }
}
