package dev.structview.format;

import dev.structview.internal.PyValues;
import java.math.BigInteger;

/**
 * Floating-point codes {@code e f d}, with CPython's conversions and overflow rules.
 *
 * <p>A value is first made a double as Python's {@code float()} would ({@link #toDouble}),
 * except that a {@code Float} packs into {@code f} bit for bit. Narrowing follows C's cast: round
 * to nearest even, a NaN keeps its sign and top payload bits and becomes quiet. When a value
 * overflows, CPython says {@code OverflowError} for a float but {@code struct.error("int too large
 * to convert")} for an int; both are kept.
 */
abstract class FloatCodec extends ElementCodec {
  FloatCodec(FieldLayout field) {
    super(field);
  }

  static FloatCodec forField(FieldLayout field) {
    switch (field.code()) {
      case HALF_FLOAT:
        return new Half(field);
      case FLOAT:
        return new Single(field, !field.mode().nativeSizes());
      case DOUBLE:
        return new Double64(field);
      default:
        throw new IllegalStateException("'" + field.code() + "' is not a float code");
    }
  }

  /**
   * Converts a value to a double as Python's {@code PyFloat_AsDouble} does.
   *
   * @throws StructException "required argument is not a float" for a non-number, or for an
   *     integer too large for a double (as struct reports it)
   */
  static double toDouble(Object v) {
    if (v instanceof Double) {
      return (Double) v;
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1.0 : 0.0;
    }
    if (v instanceof BigInteger) {
      double d = ((BigInteger) v).doubleValue(); // correctly rounded; infinite when too large
      if (Double.isInfinite(d)) {
        throw new StructException("required argument is not a float");
      }
      return d;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    throw new StructException("required argument is not a float");
  }

  /** The error for a value that does not fit the code: CPython's message depends on the value's type. */
  static IllegalArgumentException overflow(Object value, char code) {
    if (PyValues.isInteger(value)) {
      return new StructException("int too large to convert: " + Describe.value(value)
          + " does not fit format '" + code + "'");
    }
    return new IllegalArgumentException("float too large to pack with " + code + " format: "
        + Describe.value(value));
  }

  /** Narrows a double to float bits as C's {@code (float)} cast does on x86-64, NaNs included. */
  static int narrow(double x) {
    if (Double.isNaN(x)) {
      long raw = Double.doubleToRawLongBits(x);
      int sign = (int) (raw >>> 32) & 0x8000_0000;
      return sign | 0x7fc0_0000 | (int) (raw >>> 29) & 0x003f_ffff;
    }
    return Float.floatToRawIntBits((float) x);
  }

  /** Widens float bits to double bits as C's {@code (double)} conversion does on x86-64. */
  static long widen(int bits) {
    float f = Float.intBitsToFloat(bits);
    if (Float.isNaN(f)) {
      long sign = (bits & 0x8000_0000L) << 32;
      return sign | 0x7ff8_0000_0000_0000L | (long) (bits & 0x003f_ffff) << 29;
    }
    return Double.doubleToRawLongBits(f);
  }

  /** {@code e}: binary16, correctly rounded from the double. */
  static final class Half extends FloatCodec {
    Half(FieldLayout field) {
      super(field);
    }

    @Override
    long encode(Object value) {
      int bits = HalfFloat.toBits(toDouble(value));
      if (bits == HalfFloat.OVERFLOW) {
        throw overflow(value, 'e');
      }
      return bits;
    }

    @Override
    Object decode(long bits) {
      return HalfFloat.toFloat((short) bits);
    }
  }

  /** {@code f}: binary32; standard sizes reject finite values that round to infinity, native does not. */
  static final class Single extends FloatCodec {
    private final boolean checkOverflow;

    Single(FieldLayout field, boolean checkOverflow) {
      super(field);
      this.checkOverflow = checkOverflow;
    }

    @Override
    long encode(Object value) {
      if (value instanceof Float) {
        return Float.floatToRawIntBits((Float) value) & 0xffff_ffffL;
      }
      double x = toDouble(value);
      int bits = narrow(x);
      if (checkOverflow && Float.isInfinite(Float.intBitsToFloat(bits)) && !Double.isInfinite(x)) {
        throw overflow(value, 'f');
      }
      return bits & 0xffff_ffffL;
    }

    @Override
    Object decode(long bits) {
      return Float.intBitsToFloat((int) bits);
    }
  }

  /** {@code d}: binary64, bit for bit. */
  static final class Double64 extends FloatCodec {
    Double64(FieldLayout field) {
      super(field);
    }

    @Override
    long encode(Object value) {
      if (value instanceof Float) {
        return widen(Float.floatToRawIntBits((Float) value));
      }
      return Double.doubleToRawLongBits(toDouble(value));
    }

    @Override
    Object decode(long bits) {
      return Double.longBitsToDouble(bits);
    }
  }
}
