package dev.structview.format;

/**
 * IEEE 754 binary16 conversions, exactly as struct's {@code e} code does them (CPython's
 * {@code PyFloat_Pack2} and {@code PyFloat_Unpack2}).
 *
 * <p>Packing rounds straight from the {@code double} to nearest, ties to even, with no detour
 * through {@code float} (which would round twice: {@code 0x1ffdffffff * 2^-26} must give
 * {@code 0x67ff}, not {@code 0x6800}). Values whose rounded magnitude reaches 65520 overflow; every
 * NaN packs as {@code 0x7e00} with its sign. Unpacking is exact; a NaN unpacks as the canonical
 * quiet NaN with its sign.
 */
public final class HalfFloat {
  /** Returned by {@link #toBits} when the value is too large; not a valid binary16 pattern result. */
  static final int OVERFLOW = -1;

  private static final int MANTISSA_BITS = 10;
  private static final int EXPONENT_BIAS = 15;
  private static final int MAX_EXPONENT = 15;
  private static final int MIN_NORMAL_EXPONENT = -14;
  private static final int DOUBLE_MANTISSA_BITS = 52;

  private HalfFloat() {}

  /**
   * Converts a double to binary16 bits.
   *
   * @param x the value
   * @return the 16 bits, in the low bits of the result
   * @throws IllegalArgumentException if {@code x} is finite and rounds to a magnitude of 65520 or
   *     more ("float too large to pack with e format", CPython's {@code OverflowError})
   */
  public static short fromDouble(double x) {
    int bits = toBits(x);
    if (bits == OVERFLOW) {
      throw new IllegalArgumentException("float too large to pack with e format: " + x);
    }
    return (short) bits;
  }

  /** Returns the binary16 bits of {@code x}, or {@link #OVERFLOW}. */
  static int toBits(double x) {
    long raw = Double.doubleToRawLongBits(x);
    int sign = (int) (raw >>> 48) & 0x8000;
    if (Double.isNaN(x)) {
      return sign | 0x7e00;
    }
    if (Double.isInfinite(x)) {
      return sign | 0x7c00;
    }
    int exponent = Math.getExponent(x);
    if (exponent < MIN_NORMAL_EXPONENT - MANTISSA_BITS - 1) {
      return sign; // below half the smallest subnormal (or zero): rounds to zero
    }
    long significand = (raw & ((1L << DOUBLE_MANTISSA_BITS) - 1)) | (1L << DOUBLE_MANTISSA_BITS);
    if (exponent < MIN_NORMAL_EXPONENT) {
      // Subnormal: count units of 2^-24. A carry into 1024 yields the smallest normal, as it should.
      int shift = DOUBLE_MANTISSA_BITS - (exponent - MIN_NORMAL_EXPONENT + MANTISSA_BITS);
      return sign | (int) roundHalfEven(significand, shift);
    }
    long rounded = roundHalfEven(significand, DOUBLE_MANTISSA_BITS - MANTISSA_BITS);
    if (rounded == 1L << (MANTISSA_BITS + 1)) {
      rounded >>= 1;
      exponent++;
    }
    if (exponent > MAX_EXPONENT) {
      return OVERFLOW;
    }
    int biased = exponent + EXPONENT_BIAS;
    return sign | biased << MANTISSA_BITS | (int) (rounded & ((1 << MANTISSA_BITS) - 1));
  }

  /** Shifts {@code value} right by {@code shift} (1..63) bits, rounding to nearest, ties to even. */
  private static long roundHalfEven(long value, int shift) {
    long quotient = value >>> shift;
    long remainder = value & ((1L << shift) - 1);
    long half = 1L << (shift - 1);
    if (remainder > half || (remainder == half && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }

  /**
   * Converts binary16 bits to the float they denote, exactly.
   *
   * @param bits the 16 bits
   * @return the value; a NaN comes back as the canonical quiet NaN with its sign
   */
  public static float toFloat(short bits) {
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> MANTISSA_BITS) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | (mantissa == 0 ? 0x7f80_0000 : 0x7fc0_0000));
    }
    if (exponent == 0) {
      float magnitude = Math.scalb((float) mantissa, MIN_NORMAL_EXPONENT - MANTISSA_BITS);
      return sign == 0 ? magnitude : -magnitude;
    }
    int floatExponent = exponent - EXPONENT_BIAS + 127;
    return Float.intBitsToFloat(sign | floatExponent << 23 | mantissa << 13);
  }
}
