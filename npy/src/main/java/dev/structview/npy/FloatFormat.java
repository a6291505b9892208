package dev.structview.npy;

import java.math.BigDecimal;
import java.util.List;

/**
 * NumPy's {@code FloatingFormat} with its default options ({@code precision=8},
 * {@code floatmode='maxprec'}): the values of one array (or one field) printed alike. Scientific
 * notation when the largest non-zero magnitude reaches {@code 10**min(8, finfo.precision)} or the
 * smallest is under {@code 1e-4} or the ratio over 1000; otherwise positional, with the integer parts
 * right-aligned and the fractions padded to the longest, zeros trimmed to the point ({@code 1. }).
 */
final class FloatFormat {
  private static final int PRECISION = 8;

  private final boolean plusSign;
  private final boolean scientific;
  private int padLeft;
  private int padRight;
  private int fractionDigits;
  private int exponentDigits;

  /**
   * Sizes the format for {@code values}, all of one float type.
   *
   * @param size the float's size in bytes: 2, 4 or 8
   * @param plusSign whether positive values show {@code +} (the imaginary parts of complex values)
   */
  FloatFormat(List<Double> values, int size, boolean plusSign) {
    this.plusSign = plusSign;
    List<Double> finite = values.stream().filter(Double::isFinite).toList();
    this.scientific = scientific(finite, size);
    if (!finite.isEmpty()) {
      measure(finite, size);
    }
    if (finite.size() != values.size()) { // room for nan and inf
      boolean negativeInf = plusSign || values.stream().anyMatch(v -> v == Double.NEGATIVE_INFINITY);
      int offset = padRight + 1;
      padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInf ? 1 : 0) - offset));
    }
  }

  private static boolean scientific(List<Double> finite, int size) {
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (double v : finite) {
      if (v != 0) {
        max = Math.max(max, Math.abs(v));
        min = Math.min(min, Math.abs(v));
      }
    }
    double cutoff = size == 2 ? 1e3 : size == 4 ? 1e6 : 1e8; // 10**min(8, finfo(dtype).precision)
    return max > 0 && (max >= cutoff || min < 1e-4 || max / min > 1000);
  }

  private void measure(List<Double> finite, int size) {
    for (double v : finite) {
      Parts p = parts(v, size, PRECISION, false);
      padLeft = Math.max(padLeft, p.integer().length());
      fractionDigits = Math.max(fractionDigits, p.fraction().length());
      exponentDigits = Math.max(exponentDigits, p.exponent().length() - 1);
    }
    padRight = scientific ? exponentDigits + 2 + fractionDigits : fractionDigits;
  }

  /** Returns {@code value} as NumPy prints it in this array. */
  String format(double value, int size) {
    if (!Double.isFinite(value)) {
      String text = Double.isNaN(value) ? (plusSign ? "+nan" : "nan")
          : (value < 0 ? "-" : plusSign ? "+" : "") + "inf";
      return " ".repeat(Math.max(0, padLeft + padRight + 1 - text.length())) + text;
    }
    // The second scientific pass asks for the longest fraction of all: digits of the exact value.
    Parts p = parts(value, size, scientific ? fractionDigits : PRECISION, scientific);
    String integer = " ".repeat(Math.max(0, padLeft - p.integer().length())) + p.integer();
    if (scientific) {
      String fraction = p.fraction() + "0".repeat(fractionDigits - p.fraction().length());
      String digits = p.exponent().substring(1);
      return integer + "." + fraction + "e" + p.exponent().charAt(0) + "0".repeat(Math.max(0, exponentDigits
          - digits.length())) + digits;
    }
    return integer + "." + p.fraction() + " ".repeat(padRight - p.fraction().length());
  }

  /** A value's sign and integer digits, fraction digits, and signed exponent (scientific only). */
  private record Parts(String integer, String fraction, String exponent) {}

  private Parts parts(double value, int size, int maxFraction, boolean exactDigits) {
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    String sign = negative ? "-" : plusSign ? "+" : "";
    if (value == 0) {
      return new Parts(sign + "0", "", scientific ? "+00" : "");
    }
    BigDecimal d = exactDigits ? FloatDigits.exact(value, maxFraction + 1)
        : FloatDigits.of(value, size, maxFraction, !scientific);
    if (!scientific) {
      String plain = d.toPlainString();
      int point = plain.indexOf('.');
      return point < 0 ? new Parts(sign + plain, "", "")
          : new Parts(sign + plain.substring(0, point), plain.substring(point + 1), "");
    }
    String digits = d.unscaledValue().toString();
    int exponent = d.precision() - d.scale() - 1;
    String e = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    return new Parts(sign + digits.charAt(0), digits.substring(1), e);
  }
}
