package dev.structview.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The PEP 3118 dialect of struct formats, the one {@code @BufferFormat} accepts.
 *
 * <pre>
 * format := item*
 * item   := WS* order | WS* [shape] [order] [count] (code | 'T{' item* '}') [':' name ':']
 * order  := '@' | '=' | '&lt;' | '&gt;' | '!' | '^'   -- in force until the next order, T{...} included
 * shape  := '(' count (',' count)* ')'             -- a subarray: (2,3)h is 6 shorts in a 2 x 3 grid
 * name   := [A-Za-z_][A-Za-z0-9_]*                 -- unique within its struct; pads have none
 * </pre>
 *
 * <p>Layout follows NumPy's reading of PEP 3118 ({@code _dtype_from_pep3118}), the one these
 * formats are exchanged with, except that the top level is never padded at its end, so that a
 * format without extensions gets exactly the struct module's layout and a name never moves a field:
 * <ul>
 *   <li>The byte order is a state read left to right: an order character holds until the next one,
 *       into a {@code T{...}} and out of it again.
 *   <li>An item is aligned when the order in force after it is {@code @} (for a nested struct, the
 *       order at its closing brace); a struct's alignment is that of its aligned items.
 *   <li>A {@code T{...}} whose order at its closing brace is {@code @} is padded to a multiple of
 *       its alignment, as a C struct is. An aligned item whose size is not a multiple of its
 *       alignment is padded too: each element when it repeats, once after it otherwise.
 * </ul>
 */
final class Pep3118Parser {
  /** How deeply {@code T{...}} may nest; unrolling code sizes its stacks by it. */
  static final int MAX_DEPTH = 64;

  private final String format;
  private int pos;
  /** The byte order in force, read left to right. */
  private ByteOrderMode mode = ByteOrderMode.NATIVE;

  private Pep3118Parser(String format) {
    this.format = format;
  }

  static StructFormat parse(String format) {
    Pep3118Parser parser = new Pep3118Parser(format);
    StructFormat top = parser.struct(0, 0, false);
    if (parser.pos < format.length()) {
      throw parser.error(parser.pos, "unmatched '}'", "remove it, or open a struct with 'T{' before it");
    }
    return top;
  }

  /** Parses items up to the end (top level) or the closing brace (nested, not consumed). */
  private StructFormat struct(int start, int depth, boolean nested) {
    StructLayout layout = new StructLayout(format);
    while (pos < format.length()) {
      char c = format.charAt(pos);
      if (FormatParser.isSpace(c)) {
        pos++;
      } else if (c == '}' && nested) {
        return layout.finish(format.substring(start, pos), mode, mode.aligned());
      } else if (c == '}') {
        break;
      } else if (ByteOrderMode.forPep3118(c) != null) {
        mode = ByteOrderMode.forPep3118(c);
        pos++;
      } else {
        item(depth, layout);
      }
    }
    if (nested) {
      throw error(start - 2, "unterminated 'T{'", "close the struct with '}'");
    }
    return layout.finish(format, mode, false); // the top level is struct's: never padded at the end
  }

  /** One item: shape, order, count, then a code or a nested struct, then a name. */
  private void item(int depth, StructLayout layout) {
    int start = pos;
    long[] dims = format.charAt(pos) == '(' ? dims() : null;
    if (dims != null && pos < format.length() && ByteOrderMode.forPep3118(format.charAt(pos)) != null) {
      mode = ByteOrderMode.forPep3118(format.charAt(pos++)); // NumPy writes a subarray as (2,2)>h
    }
    long count = pos < format.length() && isDigit(format.charAt(pos)) ? number(start) : 1;
    if (pos >= format.length()) {
      throw error(start, "repeat count given without format specifier", "follow the count with a code");
    }
    if (format.startsWith("T{", pos)) {
      if (depth + 1 > MAX_DEPTH) {
        throw error(pos, "structs nested too deeply", "nest at most " + MAX_DEPTH + " levels of T{...}");
      }
      pos += 2;
      StructFormat nested = struct(pos, depth + 1, true);
      pos++; // the closing brace
      long elements = elements(null, count, dims, start);
      layout.add(new FieldLayout(null, elements, 0, mode, start, name(null, start), nested, dims));
      return;
    }
    FormatCode code = code(start);
    long elements = elements(code, count, dims, start);
    long written = code.countIsLength() ? count : elements;
    layout.add(new FieldLayout(code, written, 0, mode, start, name(code, start), null, dims));
  }

  private FormatCode code(int start) {
    char c = format.charAt(pos);
    if (pos > start && FormatParser.isSpace(c)) {
      throw error(pos, "bad char in struct format", "no whitespace between a count and its code");
    }
    if (c == '(' && pos > start) { // "2(3)s": the message below would list '(' as accepted here
      throw error(pos, "bad shape", "a shape goes before the count: write '(2)3s' for two 3-byte strings, not '2(3)s'");
    }
    FormatCode code = FormatCode.lookup(c);
    if (code == null || !code.availableIn(mode)) {
      throw new FormatException(format, pos, "bad char in struct format",
          FormatParser.codeDetail(c, pos, mode, ", 'T{', '(' or a byte order"));
    }
    pos++;
    return code;
  }

  /** The number of elements: the shape's product, or the count (a string's count is its length). */
  private long elements(FormatCode code, long count, long[] dims, int start) {
    if (dims == null) {
      return code != null && code.countIsLength() ? 1 : count;
    }
    if (code == FormatCode.PAD) {
      throw error(start, "bad shape", "pad bytes take a count, not a shape: write '2x', not '(2)x'");
    }
    if (count != 1 && (code == null || !code.countIsLength())) {
      throw error(start, "bad shape", "give a shape or a count, not both: write '(2,3)h', not '(2)3h'");
    }
    long product = 1;
    for (long d : dims) {
      if (product > Long.MAX_VALUE / d) {
        throw error(start, "total struct size too long", "the shape's product exceeds " + Long.MAX_VALUE);
      }
      product *= d;
    }
    return product;
  }

  private long[] dims() {
    int open = pos++;
    List<Long> dims = new ArrayList<>();
    while (true) {
      if (pos >= format.length() || !isDigit(format.charAt(pos))) {
        throw badShape();
      }
      long d = number(open);
      if (d == 0) {
        throw error(open, "bad shape", "a shape's extents must be at least 1");
      }
      dims.add(d);
      char next = pos < format.length() ? format.charAt(pos) : '\0';
      pos++;
      if (next == ')') {
        return dims.stream().mapToLong(Long::longValue).toArray();
      }
      if (next != ',') {
        pos--;
        throw badShape();
      }
    }
  }

  private FormatException badShape() {
    return error(pos, "bad shape", "a shape is '(' positive integers separated by ',' then ')', as in (2,3)");
  }

  private long number(int start) {
    long n = 0;
    while (pos < format.length() && isDigit(format.charAt(pos))) {
      int digit = format.charAt(pos++) - '0';
      if (n > (Long.MAX_VALUE - digit) / 10) {
        throw error(start, "total struct size too long", "the count at index " + start + " exceeds " + Long.MAX_VALUE);
      }
      n = n * 10 + digit;
    }
    return n;
  }

  private String name(FormatCode code, int start) {
    if (pos >= format.length() || format.charAt(pos) != ':') {
      return null;
    }
    int open = pos++;
    int close = format.indexOf(':', pos);
    if (close < 0) {
      throw error(open, "unterminated field name", "end the name with ':', as in 'I:id:'");
    }
    String name = format.substring(pos, close);
    if (!isIdentifier(name)) {
      throw error(pos, "bad field name", "'" + name + "' must be a letter or '_' followed by letters, digits or '_'");
    }
    if (code == FormatCode.PAD) {
      throw error(start, "bad field name", "pad bytes hold no value and cannot be named: remove ':" + name + ":'");
    }
    pos = close + 1;
    return name;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    return name.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private FormatException error(int index, String reason, String fix) {
    String at = index < format.length() ? FormatParser.quote(format.charAt(index)) + " at index " + index
        : "the end of the format (index " + index + ")";
    return new FormatException(format, index, reason, at + ": " + fix);
  }
}
