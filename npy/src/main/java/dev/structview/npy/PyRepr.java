package dev.structview.npy;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Python's {@code repr} of the literals {@link PyLiteral} reads, as {@code numpy.lib.format} writes
 * them into headers: strings quoted and escaped as Python quotes them, tuples with their trailing
 * comma when they hold one item.
 */
final class PyRepr {
  private PyRepr() {}

  /** Returns {@code repr(value)} for a string, integer, bool, None, list, {@link PyLiteral.Tuple} or dict. */
  static String repr(Object value) {
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof List<?> list) {
      return join(list, "[", "]");
    }
    if (value instanceof PyLiteral.Tuple t) {
      return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)" : join(t.items(), "(", ")");
    }
    if (value instanceof Map<?, ?> map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> j.add(repr(k) + ": " + repr(v)));
      return j.toString();
    }
    return String.valueOf(value); // integers and None
  }

  private static String join(List<?> items, String open, String close) {
    StringJoiner j = new StringJoiner(", ", open, close);
    for (Object item : items) {
      j.add(repr(item));
    }
    return j.toString();
  }

  /** Returns {@code repr(bytes)}: {@code b'ab\x00'}, quoted as strings are. */
  static String bytes(byte[] b) {
    int[] chars = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      chars[i] = b[i] & 0xff;
    }
    char quote = quoteFor(chars);
    StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
    for (int c : chars) {
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else {
        out.append((char) c);
      }
    }
    return out.append(quote).toString();
  }

  private static String string(String s) {
    return text(s.codePoints().toArray());
  }

  /**
   * Returns {@code repr(str)} of code points, each escaped on its own: a surrogate is one, and
   * values past U+10FFFF (which a NumPy {@code U} item may hold, read as unsigned) are printed as
   * NumPy prints them in a longer string, {@code '\U03020100'}.
   */
  static String text(int[] codePoints) {
    char quote = quoteFor(codePoints);
    StringBuilder out = new StringBuilder(codePoints.length + 2).append(quote);
    for (int c : codePoints) {
      if (c == quote || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c >= 0 && c <= Character.MAX_CODE_POINT && isPrintable(c)) {
        out.appendCodePoint(c);
      } else {
        out.append(c >= 0 && c < 0x100 ? String.format("\\x%02x", c)
            : c >= 0 && c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
      }
    }
    return out.append(quote).toString();
  }

  /** Python's quoting, of strings and bytes alike: single quotes unless the text has one and no double quote. */
  private static char quoteFor(int[] chars) {
    boolean single = false;
    boolean dbl = false;
    for (int c : chars) {
      single |= c == '\'';
      dbl |= c == '"';
    }
    return single && !dbl ? '"' : '\'';
  }

  /** Python's {@code str.isprintable} for one character: not a control, format, separator or unassigned. */
  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
