package dev.structview.fuzz;

import static dev.structview.testing.Gen.weight;

import dev.structview.testing.Gen;
import dev.structview.testing.Gens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Random Java values to pack: every integral type at every range edge, floats, booleans, bytes, junk. */
final class Values {
  /** Each range edge of every code, and one past it. */
  static final List<BigInteger> EDGES = List.of(
      "0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769", "65535",
      "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "18446744073709551615", "18446744073709551616", "1267650600228229401496703205376")
      .stream().map(BigInteger::new).collect(Collectors.toList());
  static final List<Double> FLOATS = List.of(0.0, -0.0, 0.5, 1.5, -2.25, 65504.0, 65519.0, 65520.0, -65520.0, 1e5,
      3.4e38, 3.5e38, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L));

  private Values() {}

  static Gen<Object> any() {
    Gen<Object> edge = Gen.of(EDGES).flatMap(v -> Gen.of(as(v)));
    return Gen.<Object>frequency(
        weight(4, edge),
        weight(2, Gens.ints()),
        weight(2, Gens.longs()),
        weight(1, Gens.shorts()),
        weight(1, Gens.bytes()),
        weight(1, Gens.bigIntegers(BigInteger.ONE.shiftLeft(70).negate(), BigInteger.ONE.shiftLeft(70))),
        weight(2, Gen.of(FLOATS)),
        weight(1, Gens.doubles()),
        weight(1, Gens.floats()),
        weight(1, Gen.of(FLOATS).map(v -> (float) (double) v)),
        weight(2, Gens.booleans()),
        weight(3, Gens.byteArrays(0, 6)),
        weight(1, Gen.of("", "s", new BigDecimal("1.5"), BigDecimal.ZERO, new Object(), List.of(1))))
        .orNull(0.03);
  }

  /** An integer as each Java type that holds it. */
  private static Object[] as(BigInteger v) {
    if (v.bitLength() < 8) {
      return new Object[] {v, v.longValue(), v.intValue(), (short) v.intValue(), v.byteValue()};
    }
    if (v.bitLength() < 16) {
      return new Object[] {v, v.longValue(), v.intValue(), (short) v.intValue()};
    }
    if (v.bitLength() < 32) {
      return new Object[] {v, v.longValue(), v.intValue()};
    }
    if (v.bitLength() < 64) {
      return new Object[] {v, v.longValue()};
    }
    return new Object[] {v};
  }

  static String describe(Object v) {
    if (v instanceof byte[]) {
      return "b'" + HexFormat.of().formatHex((byte[]) v) + "'";
    }
    if (v instanceof List) {
      return ((List<?>) v).stream().map(Values::describe).collect(Collectors.joining(", ", "[", "]"));
    }
    return v == null ? "null" : v + " (" + v.getClass().getSimpleName() + ")";
  }
}
