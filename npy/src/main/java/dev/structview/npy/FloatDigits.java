package dev.structview.npy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits NumPy's Dragon4 prints for a binary float: the shortest that read back as the
 * same value of its own type (float16, float32 or float64), or, when that needs more digits than a
 * cutoff allows, the exact value rounded there, half to even. Exact, in {@link BigDecimal}: Java's
 * own {@code Double.toString} is not the shortest on JDK 17, and knows no float16.
 */
final class FloatDigits {
  /** More significant digits than any float64 needs to read back. */
  private static final int MAX_DIGITS = 17;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private FloatDigits() {}

  /**
   * Returns the magnitude of {@code value} (a finite, non-zero value of the float type of
   * {@code size} bytes) as its shortest round-tripping decimal, but with at most
   * {@code maxFraction} digits after the point ({@code positional}) or {@code maxFraction + 1}
   * significant digits (scientific).
   */
  static BigDecimal of(double value, int size, int maxFraction, boolean positional) {
    BigDecimal exact = new BigDecimal(Math.abs(value));
    BigDecimal shortest = shortest(exact, Math.abs(value), size);
    if (positional && shortest.scale() > maxFraction) {
      return exact.setScale(maxFraction, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
    if (!positional && shortest.precision() > maxFraction + 1) {
      return exact.round(new MathContext(maxFraction + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
    return shortest;
  }

  /**
   * Returns the magnitude of {@code value} rounded to {@code digits} significant digits, half to
   * even: what Dragon4 prints when asked for at least as many digits as uniqueness needs (it goes
   * on with the exact value's digits).
   */
  static BigDecimal exact(double value, int digits) {
    return new BigDecimal(Math.abs(value)).round(new MathContext(digits, RoundingMode.HALF_EVEN));
  }

  /**
   * The fewest significant digits inside the interval of values that round to {@code magnitude}
   * in its type (its ends included when the significand is even, as round-half-even reads them
   * back); of the two candidates at that length, the closer, or the even one at a tie.
   */
  private static BigDecimal shortest(BigDecimal exact, double magnitude, int size) {
    BigDecimal low = exact.add(new BigDecimal(neighbour(magnitude, size, false))).multiply(HALF);
    BigDecimal high = exact.add(new BigDecimal(neighbour(magnitude, size, true))).multiply(HALF);
    int closed = isEven(magnitude, size) ? 0 : 1;
    for (int p = 1; p < MAX_DIGITS; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downInside = down.compareTo(low) >= closed;
      boolean upInside = up.compareTo(high) <= -closed;
      if (downInside && upInside) {
        return exact.round(new MathContext(p, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      } else if (downInside || upInside) {
        return (downInside ? down : up).stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /** Whether the significand of a positive value of the type is even. */
  private static boolean isEven(double magnitude, int size) {
    long bits = switch (size) {
      case 2 -> HalfFloats.bits(magnitude);
      case 4 -> Float.floatToRawIntBits((float) magnitude);
      default -> Double.doubleToRawLongBits(magnitude);
    };
    return (bits & 1) == 0;
  }

  /** The next value of the type below or above a positive one; past the largest, one spacing on. */
  private static double neighbour(double magnitude, int size, boolean up) {
    double next = switch (size) {
      case 2 -> HalfFloats.next(magnitude, up);
      case 4 -> up ? Math.nextUp((float) magnitude) : Math.nextDown((float) magnitude);
      default -> up ? Math.nextUp(magnitude) : Math.nextDown(magnitude);
    };
    return Double.isInfinite(next) ? 2 * magnitude - neighbour(magnitude, size, false) : next;
  }

  /** The float16 neighbours of a float16 value held in a double. */
  static final class HalfFloats {
    private HalfFloats() {}

    /** The next float16 below or above a positive float16 value. */
    static double next(double magnitude, boolean up) {
      int bits = bits(magnitude);
      return value(up ? bits + 1 : bits - 1);
    }

    /** The value of float16 bits (sign, 5 exponent bits, 10 fraction bits). */
    static double value(int bits) {
      int exponent = (bits >> 10) & 0x1f;
      int fraction = bits & 0x3ff;
      double sign = (bits & 0x8000) != 0 ? -1 : 1;
      if (exponent == 0x1f) {
        return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
      }
      return exponent == 0 ? sign * Math.scalb((double) fraction, -24)
          : sign * Math.scalb((double) (fraction | 0x400), exponent - 25);
    }

    /** The bits of a positive float16 value held exactly in a double. */
    static int bits(double magnitude) {
      if (magnitude < 0x1p-14) {
        return (int) Math.scalb(magnitude, 24); // subnormal: the fraction counts 2^-24s
      }
      int exponent = Math.getExponent(magnitude);
      int fraction = (int) (Math.scalb(magnitude, 10 - exponent)) - 0x400;
      return (exponent + 15) << 10 | fraction;
    }
  }
}
