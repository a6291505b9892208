package dev.structview.npy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literal of a {@code .npy} header, as {@code ast.literal_eval} would, but only the
 * part of the grammar NumPy writes: dicts, tuples, lists, strings, integers, {@code True},
 * {@code False} and {@code None}. Nothing is ever evaluated.
 *
 * <p>Bounded: one pass over the text, nesting at most {@value #MAX_DEPTH} deep and integers of at
 * most {@value #MAX_DIGITS} digits, so a hostile header costs time and memory in proportion to its
 * length, which the caller has already bounded.
 *
 * <p>Values: a dict is a {@code LinkedHashMap}, a list a {@code List}, a tuple a {@link Tuple}, a
 * string a {@code String}, an integer a {@code BigInteger}, a bool a {@code Boolean} and
 * {@code None} is {@link #NONE}.
 */
final class PyLiteral {
  /** The deepest nesting of brackets a header may have; NumPy's own are a few levels deep. */
  static final int MAX_DEPTH = 32;
  /** The longest integer literal: far past any dimension or offset, short enough to parse at once. */
  static final int MAX_DIGITS = 40;
  /** Python's {@code None}. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /** A Python tuple. */
  record Tuple(List<Object> items) {}

  private final String text;
  private final String source;
  private final boolean longSuffix;
  private int pos;
  /** Whether the bracketed items read last had a comma: {@code (1,)} is a tuple, {@code (1)} is not. */
  private boolean lastHadComma;

  private PyLiteral(String text, String source, boolean longSuffix) {
    this.text = text;
    this.source = source;
    this.longSuffix = longSuffix;
  }

  /**
   * Parses a whole text as one literal, surrounded by whitespace only.
   *
   * @param longSuffix whether integers may end in Python 2's {@code L}, as NumPy tolerates in
   *     headers of versions 1.0 and 2.0
   * @throws NpyFormatException naming {@code source}, the problem and its index
   */
  static Object parse(String text, String source, boolean longSuffix) {
    PyLiteral p = new PyLiteral(text, source, longSuffix);
    Object value = p.value(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + quote(text.charAt(p.pos)) + " after the literal");
    }
    return value;
  }

  private Object value(int depth) {
    skipSpace();
    if (pos >= text.length()) {
      throw error("the header ends where a value should be");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return dict(depth + 1);
      case '(':
        return tuple(depth + 1);
      case '[':
        return new ArrayList<>(items(depth + 1, ']'));
      case '\'':
      case '"':
        return string(c);
      default:
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
          return integer();
        }
        return name();
    }
  }

  private Map<Object, Object> dict(int depth) {
    checkDepth(depth);
    pos++;
    Map<Object, Object> map = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (peek('}')) {
        pos++;
        return map;
      }
      Object key = value(depth);
      skipSpace();
      expect(':');
      map.put(key, value(depth));
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("expected ',' or '}' in a dict");
      }
    }
  }

  private Object tuple(int depth) {
    checkDepth(depth);
    List<Object> items = items(depth, ')');
    // (x) is x, not a tuple: a tuple of one needs its comma, as in Python.
    return items.size() == 1 && !lastHadComma ? items.get(0) : new Tuple(List.copyOf(items));
  }

  private List<Object> items(int depth, char close) {
    checkDepth(depth);
    pos++;
    List<Object> items = new ArrayList<>();
    boolean comma = false;
    while (true) {
      skipSpace();
      if (peek(close)) {
        pos++;
        lastHadComma = comma;
        return items;
      }
      items.add(value(depth));
      skipSpace();
      if (peek(',')) {
        pos++;
        comma = true;
      } else if (!peek(close)) {
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private String string(char quote) {
    int start = pos++;
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\n') {
        break;
      }
      if (c == '\\') {
        escape(out);
      } else {
        out.append(c);
      }
    }
    pos = start;
    throw error("unterminated string");
  }

  private void escape(StringBuilder out) {
    if (pos >= text.length()) {
      throw error("a string ends in a backslash");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '\\', '\'', '"' -> out.append(c);
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000b');
      case '\n' -> { } // a line continuation
      case 'x' -> out.appendCodePoint(hex(2));
      case 'u' -> out.appendCodePoint(hex(4));
      case 'U' -> out.appendCodePoint(hex(8));
      default -> {
        if (c >= '0' && c <= '7') {
          out.append((char) octal(c));
        } else {
          out.append('\\').append(c); // Python keeps an unknown escape as written
        }
      }
    }
  }

  private int hex(int digits) {
    if (pos + digits > text.length()) {
      throw error("truncated \\x, \\u or \\U escape");
    }
    int v;
    try {
      v = Integer.parseUnsignedInt(text.substring(pos, pos + digits), 16);
    } catch (NumberFormatException e) {
      throw error("bad escape digits '" + text.substring(pos, pos + digits) + "'");
    }
    if (v > Character.MAX_CODE_POINT || v < 0) {
      throw error("escape beyond U+10FFFF");
    }
    pos += digits;
    return v;
  }

  private int octal(char first) {
    int v = first - '0';
    for (int i = 0; i < 2 && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '7'; i++) {
      v = v * 8 + text.charAt(pos++) - '0';
    }
    return v;
  }

  private BigInteger integer() {
    int start = pos;
    boolean negative = false;
    while (peek('-') || peek('+')) {
      negative ^= text.charAt(pos++) == '-';
      skipSpace();
    }
    int radix = 10;
    if (peek('0') && pos + 1 < text.length() && "xXoObB".indexOf(text.charAt(pos + 1)) >= 0) {
      char r = Character.toLowerCase(text.charAt(pos + 1));
      radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
      pos += 2;
    }
    int digitsStart = pos;
    while (pos < text.length() && (Character.digit(text.charAt(pos), radix) >= 0 || text.charAt(pos) == '_')) {
      pos++;
    }
    String digits = text.substring(digitsStart, pos).replace("_", "");
    if (longSuffix && (peek('L') || peek('l'))) {
      pos++;
    }
    if (digits.isEmpty() || digits.length() > MAX_DIGITS || (pos < text.length() && isNameChar(text.charAt(pos)))) {
      pos = start;
      throw error(digits.length() > MAX_DIGITS ? "an integer of more than " + MAX_DIGITS + " digits"
          : "not an integer literal");
    }
    BigInteger v = new BigInteger(digits, radix);
    return negative ? v.negate() : v;
  }

  private Object name() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    switch (word) {
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      case "None":
        return NONE;
      default:
        pos = start;
        throw error(word.isEmpty() ? "unexpected " + quote(text.charAt(start))
            : "'" + shorten(word) + "' is not a literal NumPy writes");
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("brackets nested more than " + MAX_DEPTH + " deep");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\n\r\f\u000b".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private NpyFormatException error(String problem) {
    return new NpyFormatException(source, "the header is not a Python literal NumPy writes: " + problem
        + " at index " + pos);
  }

  private static String quote(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
