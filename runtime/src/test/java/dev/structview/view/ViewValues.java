package dev.structview.view;

import dev.structview.format.FieldLayout;
import dev.structview.format.Struct;
import dev.structview.testing.PyTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Python values as the generator writes them, turned into Java arguments and compared with Java
 * results bit for bit, each in the carrier class the struct engine documents for its format.
 *
 * <p>Tokens: {@code i<decimal>} int, {@code T}/{@code F} bool, {@code N} None, {@code d<16 hex>}
 * float bits, {@code b<hex>} bytes, {@code u<hex>} str, {@code o} object(), {@code [..]} list,
 * {@code (..)} tuple.
 */
final class ViewValues {
  private ViewValues() {}

  /** A parsed list or tuple token. */
  record Seq(List<Object> items, boolean tuple) {}

  /** Parses a value column into a tree of {@link Seq}s and scalar token strings. */
  static Object parse(String column) {
    int[] at = {0};
    Object value = parse(column, at);
    if (at[0] != column.length()) {
      throw new IllegalArgumentException("trailing text in value " + column);
    }
    return value;
  }

  private static Object parse(String s, int[] at) {
    char c = s.charAt(at[0]);
    if (c == '[' || c == '(') {
      char close = c == '[' ? ']' : ')';
      at[0]++;
      List<Object> items = new ArrayList<>();
      while (s.charAt(at[0]) != close) {
        items.add(parse(s, at));
        if (s.charAt(at[0]) == ',') {
          at[0]++;
        }
      }
      at[0]++;
      return new Seq(items, c == '(');
    }
    int end = at[0];
    while (end < s.length() && ",)]".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String token = s.substring(at[0], end);
    at[0] = end;
    return token;
  }

  /** Returns the Java argument for a Python value: ints as Long or BigInteger, tuples as Lists. */
  static Object toJava(String column) {
    return toJava(parse(column));
  }

  private static Object toJava(Object tree) {
    if (tree instanceof Seq) {
      List<Object> out = new ArrayList<>();
      for (Object item : ((Seq) tree).items()) {
        out.add(toJava(item));
      }
      return out;
    }
    return PyTokens.value((String) tree, PyTokens.IntStyle.LONG);
  }

  /**
   * Compares a Java item or list of items with CPython's, item by item in the carrier classes of
   * {@code format}.
   *
   * @return null when equal, else what differs
   */
  static String mismatch(String format, String expectedColumn, Object actual) {
    List<Class<?>> carriers;
    try {
      carriers = carriers(format);
    } catch (dev.structview.format.FormatException e) {
      carriers = null; // no item of such a format can be compared; an empty list still can
    }
    return compare(parse(expectedColumn), actual, carriers, "");
  }

  private static String compare(Object expected, Object actual, List<Class<?>> carriers, String path) {
    if (expected instanceof Seq && !((Seq) expected).tuple()) {
      return compareList(((Seq) expected).items(), actual, path, (e, a, p) -> compare(e, a, carriers, p));
    }
    if (carriers == null) {
      return at(path) + "CPython gave a value " + expected + " for a format struct cannot parse";
    }
    if (carriers.size() != 1) {
      if (!(expected instanceof Seq)) {
        return at(path) + "expected a scalar " + expected + " for a " + carriers.size() + "-value format";
      }
      List<Object> items = ((Seq) expected).items();
      int[] k = {0};
      return compareList(items, actual, path, (e, a, p) -> scalar((String) e, a, carriers.get(k[0]++), p));
    }
    if (expected instanceof Seq) {
      return at(path) + "a tuple for a one-value format";
    }
    return scalar((String) expected, actual, carriers.get(0), path);
  }

  private interface ItemCheck {
    String check(Object expected, Object actual, String path);
  }

  private static String compareList(List<Object> expected, Object actual, String path, ItemCheck check) {
    if (!(actual instanceof List)) {
      return at(path) + "expected a List of " + expected.size() + ", got " + describe(actual);
    }
    List<?> list = (List<?>) actual;
    if (list.size() != expected.size()) {
      return at(path) + "expected " + expected.size() + " items, got " + list.size() + ": " + describe(actual);
    }
    for (int i = 0; i < list.size(); i++) {
      String failure = check.check(expected.get(i), list.get(i), path + "[" + i + "]");
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private static String scalar(String token, Object value, Class<?> carrier, String path) {
    if (value == null || value.getClass() != carrier) {
      return at(path) + describe(value) + " is " + (value == null ? "null" : value.getClass().getSimpleName())
          + ", documented as " + carrier.getSimpleName() + " (expected " + token + ")";
    }
    String failure = PyTokens.mismatch(token, value);
    return failure == null ? null : at(path) + failure;
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  static String describe(Object v) {
    if (v instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object o : (List<?>) v) {
        parts.add(describe(o));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return PyTokens.describe(v);
  }

  /** The Java carrier of each value of one item of {@code format}. */
  static List<Class<?>> carriers(String format) {
    List<Class<?>> out = new ArrayList<>();
    for (FieldLayout field : Struct.of(format).layout().fields()) {
      for (long k = 0; k < field.valueCount(); k++) {
        out.add(field.carrier());
      }
    }
    return out;
  }
}
