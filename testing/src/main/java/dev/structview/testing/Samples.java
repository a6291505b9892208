package dev.structview.testing;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Describes a sample for a failure report as Java would spell it: strings quoted with escapes,
 * numbers with their type ({@code 7L}, {@code (short) 7}, {@code 1.5f}, {@code BigInteger(7)}),
 * byte arrays in hex, lists, arrays and records element by element; anything else by its
 * {@code toString}.
 */
public final class Samples {
  private Samples() {}

  /** Returns the description of {@code sample}. */
  public static String describe(Object sample) {
    if (sample == null) {
      return "null";
    }
    if (sample instanceof String) {
      return quote((String) sample, '"');
    }
    if (sample instanceof Character) {
      return quote(sample.toString(), '\'');
    }
    if (sample instanceof byte[]) {
      return "bytes(" + HexFormat.of().formatHex((byte[]) sample) + ")";
    }
    if (sample instanceof Number) {
      return number((Number) sample);
    }
    if (sample instanceof List) {
      return ((List<?>) sample).stream().map(Samples::describe).collect(Collectors.joining(", ", "[", "]"));
    }
    if (sample.getClass().isArray()) {
      StringBuilder out = new StringBuilder("{");
      for (int i = 0; i < Array.getLength(sample); i++) {
        out.append(i == 0 ? "" : ", ").append(describe(Array.get(sample, i)));
      }
      return out.append('}').toString();
    }
    if (sample.getClass().isRecord()) {
      return record(sample);
    }
    return sample.toString();
  }

  private static String number(Number n) {
    if (n instanceof Long) {
      return n + "L";
    }
    if (n instanceof Short) {
      return "(short) " + n;
    }
    if (n instanceof Byte) {
      return "(byte) " + n;
    }
    if (n instanceof Float) {
      return Float.isFinite(n.floatValue()) ? n + "f" : "Float." + constant(n.floatValue());
    }
    if (n instanceof Double) {
      return Double.isFinite(n.doubleValue()) ? n + "d" : "Double." + constant(n.doubleValue());
    }
    if (n instanceof BigInteger) {
      return "BigInteger(" + n + ")";
    }
    return n instanceof Integer ? n.toString() : n.getClass().getSimpleName() + "(" + n + ")";
  }

  private static String constant(double v) {
    return Double.isNaN(v) ? "NaN" : v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY";
  }

  private static String record(Object sample) {
    StringBuilder out = new StringBuilder(sample.getClass().getSimpleName()).append('[');
    RecordComponent[] components = sample.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Method accessor = components[i].getAccessor();
      Object value;
      try {
        accessor.setAccessible(true);   // samples are often private records of a test class
        value = accessor.invoke(sample);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        value = "<" + e + ">";
      }
      out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(describe(value));
    }
    return out.append(']').toString();
  }

  private static String quote(String s, char quote) {
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : s.toCharArray()) {
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append(quote).toString();
  }
}
