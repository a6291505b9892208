package dev.structview.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent reading of the struct grammar (CPython's {@code _struct.c}, x86-64 native sizes),
 * written from CPython's documentation for the fuzz properties to compare the parser with: the
 * size, the value count and the Java class of each value. It handles only formats of the grammar
 * (what {@link Formats#structGrammar} makes); sizes are exact {@link BigInteger}s, so overflow
 * shows as a size above {@link Long#MAX_VALUE}.
 */
final class ReferenceLayout {
  private static final String STANDARD = "xcbB?hHiIlLqQefdsp";
  private static final int[] STANDARD_SIZES = {1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 2, 4, 8, 1, 1};
  private static final String NATIVE = "xcbB?hHiIlLqQnNefdspP";
  private static final int[] NATIVE_SIZES = {1, 1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 2, 4, 8, 1, 1, 8};

  final BigInteger size;
  /** The number of values; exact, as the size is. */
  final BigInteger values;
  final boolean nativeMode;
  /** The Java class of each value, for the first 64 values of each item. */
  final List<Class<?>> carriers;
  /** The code of each value, for the first 64 values of each item. */
  final List<Character> codes;

  private ReferenceLayout(BigInteger size, BigInteger values, boolean nativeMode, List<Class<?>> carriers,
      List<Character> codes) {
    this.size = size;
    this.values = values;
    this.nativeMode = nativeMode;
    this.carriers = carriers;
    this.codes = codes;
  }

  /** Lays out a format of the struct grammar; returns null if it is not one. */
  static ReferenceLayout of(String format) {
    int i = 0;
    boolean nativeMode = true;
    if (!format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0) {
      nativeMode = format.charAt(0) == '@';
      i = 1;
    }
    String codes = nativeMode ? NATIVE : STANDARD;
    BigInteger size = BigInteger.ZERO;
    BigInteger values = BigInteger.ZERO;
    List<Class<?>> carriers = new ArrayList<>();
    List<Character> valueCodes = new ArrayList<>();
    while (i < format.length()) {
      char c = format.charAt(i);
      if (" \t\n\r\u000b\f".indexOf(c) >= 0) {
        i++;
        continue;
      }
      int digits = i;
      while (i < format.length() && Character.isDigit(format.charAt(i)) && format.charAt(i) < 0x80) {
        i++;
      }
      if (i == format.length()) {
        return null;
      }
      BigInteger count = digits == i ? BigInteger.ONE : new BigInteger(format.substring(digits, i));
      int k = codes.indexOf(format.charAt(i++));
      if (k < 0) {
        return null;
      }
      char code = codes.charAt(k);
      int itemSize = nativeMode ? NATIVE_SIZES[k] : STANDARD_SIZES[k];
      if (nativeMode && size.signum() > 0 && itemSize > 1) {
        BigInteger a = BigInteger.valueOf(itemSize);   // native alignment is the size here
        size = size.add(a).subtract(BigInteger.ONE).divide(a).multiply(a);
      }
      if (code == 's' || code == 'p') {
        size = size.add(count);
        values = values.add(BigInteger.ONE);
        carriers.add(byte[].class);
        valueCodes.add(code);
      } else {
        size = size.add(count.multiply(BigInteger.valueOf(itemSize)));
        if (code != 'x') {
          long n = count.min(BigInteger.valueOf(64)).longValue();   // carriers of the first 64 only
          values = values.add(count);
          for (long j = 0; j < n; j++) {
            carriers.add(carrier(code, nativeMode));
            valueCodes.add(code);
          }
        }
      }
    }
    return new ReferenceLayout(size, values, nativeMode, carriers, valueCodes);
  }

  /** The Java class the README's rule gives a code's values. */
  static Class<?> carrier(char code, boolean nativeMode) {
    switch (code) {
      case 'b': return Byte.class;
      case 'h': return Short.class;
      case 'i': case 'B': case 'H': return Integer.class;
      case 'l': return nativeMode ? Long.class : Integer.class;
      case 'L': return nativeMode ? java.math.BigInteger.class : Long.class;
      case 'I': case 'q': case 'n': return Long.class;
      case 'Q': case 'N': case 'P': return java.math.BigInteger.class;
      case 'e': case 'f': return Float.class;
      case 'd': return Double.class;
      case '?': return Boolean.class;
      default: return byte[].class;   // c s p
    }
  }

  boolean fits() {
    return size.bitLength() < 64;
  }
}
