package dev.structview.format;

import dev.structview.internal.PyValues;
import java.math.BigInteger;

/**
 * Integer codes ({@code b B h H i I l L q Q n N P}): range-checked by mathematical value on pack,
 * boxed in the carrier of {@link FormatCode} on unpack.
 */
final class IntegerCodec extends ElementCodec {
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private final FormatCode code;
  private final boolean signed;
  private final boolean pointer;
  private final int bits;

  IntegerCodec(FieldLayout field) {
    super(field);
    this.code = field.code();
    this.signed = code.isSigned();
    this.pointer = code.kind() == FormatCode.Kind.POINTER;
    this.bits = size * 8;
  }

  @Override
  long encode(Object value) {
    if (value instanceof BigInteger) {
      return encodeBig((BigInteger) value);
    }
    if (value instanceof Boolean || PyValues.isLongValued(value)) {
      return encodeLong(PyValues.longValue(value), value);
    }
    throw new StructException("required argument is not an integer: " + Describe.value(value));
  }

  private long encodeLong(long v, Object original) {
    if (pointer || (signed && bits == 64)) {
      return v; // every long is in range; a negative pointer is stored as two's complement
    }
    boolean inRange = signed
        ? v >= -(1L << (bits - 1)) && v < (1L << (bits - 1))
        : v >= 0 && (bits == 64 || v < (1L << bits));
    if (!inRange) {
      throw rangeError(original);
    }
    return v;
  }

  private long encodeBig(BigInteger v) {
    if (v.bitLength() <= 63) {
      return encodeLong(v.longValue(), v);
    }
    // Beyond a long: only 8-byte unsigned codes (and P) reach [2^63, 2^64).
    boolean fitsUnsigned64 = v.signum() > 0 && v.compareTo(TWO_TO_64) < 0;
    if (fitsUnsigned64 && (pointer || (!signed && bits == 64))) {
      return v.longValue();
    }
    throw rangeError(v);
  }

  private StructException rangeError(Object value) {
    if (pointer) {
      return new StructException("int too large to convert: " + Describe.value(value));
    }
    return new StructException("'" + code.code() + "' format requires " + minimum() + " <= number <= "
        + maximum() + ", got " + Describe.value(value));
  }

  private BigInteger minimum() {
    return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
  }

  private BigInteger maximum() {
    return BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
  }

  @Override
  Object decode(long raw) {
    if (signed) {
      long v = raw << (64 - bits) >> (64 - bits);
      switch (bits) {
        case 8: return (byte) v;
        case 16: return (short) v;
        case 32: return (int) v;
        default: return v;
      }
    }
    switch (bits) {
      case 8:
      case 16:
        return (int) raw;
      case 32:
        return raw;
      default:
        return raw >= 0 ? BigInteger.valueOf(raw) : BigInteger.valueOf(raw).add(TWO_TO_64);
    }
  }
}
