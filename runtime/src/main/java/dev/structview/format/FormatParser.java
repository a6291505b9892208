package dev.structview.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses struct format strings: the one parser, shared by {@link Struct} and the annotation
 * processor.
 *
 * <p>The grammar is CPython's ({@code Modules/_struct.c}, {@code prepare_s}):
 *
 * <pre>
 * format := [order] item*
 * order  := '@' | '=' | '&lt;' | '&gt;' | '!'        -- only at index 0; none means '@'
 * item   := WS* [count] code                  -- WS: space \t \n \r \x0b \x0c
 * count  := DIGIT+                            -- no sign, no whitespace before the code
 * code   := x c b B ? h H i I l L q Q n N e f d s p P   -- n N P only under '@'
 * </pre>
 *
 * <p>Errors are reported as CPython reports them, first error wins, in this order: a non-ASCII
 * character, then an embedded NUL anywhere, then left to right: a count overflowing or the running
 * size passing 2<sup>63</sup>-1 bytes ("total struct size too long"), a count with no code after it
 * ("repeat count given without format specifier"), and any other character ("bad char in struct
 * format"). Each {@link FormatException} carries the index of the character at fault.
 */
public final class FormatParser {
  private final String format;
  private final ByteOrderMode mode;
  private final List<FieldLayout> fields = new ArrayList<>();
  private int pos;
  private long size;
  private long valueCount;

  private FormatParser(String format) {
    this.format = format;
    ByteOrderMode prefixed = format.isEmpty() ? null : ByteOrderMode.forPrefix(format.charAt(0));
    this.mode = prefixed == null ? ByteOrderMode.NATIVE : prefixed;
    this.pos = prefixed == null ? 0 : 1;
  }

  /**
   * Parses a struct format string.
   *
   * @param format the format, for example {@code "<IhB"}
   * @return its layout
   * @throws FormatException if the format is not valid struct syntax
   * @throws IllegalArgumentException if {@code format} is null
   */
  public static StructFormat parse(String format) {
    if (format == null) {
      throw new IllegalArgumentException("Struct() argument 1 must be a str or bytes object, not null");
    }
    checkCharacters(format);
    return new FormatParser(format).parseItems();
  }

  /**
   * Parses a format in the PEP 3118 dialect: struct syntax plus field names, nested structs,
   * subarrays and byte-order characters anywhere, as {@code @BufferFormat} accepts. See
   * {@link Pep3118Parser} for the grammar and layout rules. A format without these extensions is
   * laid out exactly as {@link #parse} lays it out.
   *
   * @param format the format, for example {@code "T{<I:id:h:delta:}"}
   * @return its layout, with names and nested layouts
   * @throws FormatException if the format is not valid, with the index of the character at fault
   * @throws IllegalArgumentException if {@code format} is null
   */
  public static StructFormat parseExtended(String format) {
    if (format == null) {
      throw new IllegalArgumentException("format must not be null");
    }
    checkCharacters(format);
    return Pep3118Parser.parse(format);
  }

  static void checkCharacters(String format) {
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c > 0x7f) {
        throw new FormatException(format, i, "non-ASCII character in struct format",
            quote(c) + " at index " + i + "; struct formats are ASCII");
      }
    }
    int nul = format.indexOf('\0');
    if (nul >= 0) {
      throw new FormatException(format, nul, "embedded null character",
          "'\\x00' at index " + nul + "; remove it");
    }
  }

  private StructFormat parseItems() {
    while (pos < format.length()) {
      char c = format.charAt(pos);
      if (isSpace(c)) {
        pos++;
      } else {
        parseItem();
      }
    }
    return new StructFormat(format, mode, fields, size, valueCount, alignment());
  }

  /** The largest alignment of any item: what a T{...} containing this format would align to. */
  private long alignment() {
    long max = 1;
    for (FieldLayout f : fields) {
      max = Math.max(max, f.code().alignment(mode));
    }
    return max;
  }

  private void parseItem() {
    int start = pos;
    long count = 1;
    if (isDigit(format.charAt(pos))) {
      count = parseCount(start);
    }
    char c = format.charAt(pos);
    FormatCode code = FormatCode.lookup(c);
    if (code == null || !code.availableIn(mode)) {
      throw badChar(pos, start);
    }
    pos++;
    place(new FieldLayout(code, count, align(code, start), mode, start), start);
  }

  private long parseCount(int start) {
    long count = 0;
    while (pos < format.length() && isDigit(format.charAt(pos))) {
      int digit = format.charAt(pos) - '0';
      if (count > (Long.MAX_VALUE - digit) / 10) {
        throw tooLong(start, "the count at index " + start + " exceeds " + Long.MAX_VALUE);
      }
      count = count * 10 + digit;
      pos++;
    }
    if (pos == format.length()) {
      throw new FormatException(format, start, "repeat count given without format specifier",
          "count '" + format.substring(start) + "' at index " + start
              + " ends the format; follow it with a format code, as in '" + count + "i'");
    }
    return count;
  }

  /** Rounds the running size up to the code's alignment (native mode only; none at offset 0). */
  private long align(FormatCode code, int start) {
    long alignment = code.alignment(mode);
    if (alignment > 1 && size > 0) {
      long extra = (alignment - 1) - (size - 1) % alignment;
      if (extra > Long.MAX_VALUE - size) {
        throw tooLong(start, "aligning item " + item(start) + " at index " + start + " to "
            + alignment + " bytes passes " + Long.MAX_VALUE + " bytes");
      }
      size += extra;
    }
    return size;
  }

  private void place(FieldLayout field, int start) {
    long each = field.code() == FormatCode.PAD ? 1 : field.elementSize();
    long elements = field.code() == FormatCode.PAD ? field.count() : field.elementCount();
    if (each != 0 && elements > (Long.MAX_VALUE - size) / each) {
      throw tooLong(start, "item " + item(start) + " at index " + start + " brings the size past "
          + Long.MAX_VALUE + " bytes");
    }
    size += elements * each;
    valueCount = addValues(valueCount, field.valueCount());
    fields.add(field);
  }

  /**
   * Adds value counts, stopping at {@link Long#MAX_VALUE}: zero-size items ({@code 0s}, {@code 0p},
   * empty structs) add values without adding bytes, so a format of 2<sup>63</sup>-1 bytes can hold
   * more values than a {@code long} counts ({@code "=0s9223372036854775807c"}). CPython's count
   * wraps negative there ("pack expected -9223372036854775808 items"); no call can pass that many
   * values either way, so the count saturates instead.
   */
  static long addValues(long count, long more) {
    return count > Long.MAX_VALUE - more ? Long.MAX_VALUE : count + more;
  }

  /** Quotes the item being parsed, from its first character to the current position. */
  private String item(int start) {
    return "'" + format.substring(start, pos) + "'";
  }

  private FormatException tooLong(int index, String detail) {
    return new FormatException(format, index, "total struct size too long", detail);
  }

  private FormatException badChar(int index, int itemStart) {
    char c = format.charAt(index);
    String at = quote(c) + " at index " + index;
    String detail;
    if (index > itemStart && isSpace(c)) {
      detail = at + " separates a count from its code; write the count right before the code";
    } else if (ByteOrderMode.forPrefix(c) != null) {
      detail = at + ": a byte-order prefix is allowed only as the first character";
    } else {
      detail = codeDetail(c, index, mode, "");
    }
    return new FormatException(format, index, "bad char in struct format", detail);
  }

  /**
   * What is wrong with a character where a code belongs, and the fix: a native-only code under a
   * standard byte order, or no code at all.
   *
   * @param others what else the dialect accepts there, for the message ("" for struct)
   */
  static String codeDetail(char c, int index, ByteOrderMode mode, String others) {
    String at = quote(c) + " at index " + index;
    if (FormatCode.lookup(c) != null) {
      return at + ": '" + c + "' exists only in native mode; drop the '" + mode.prefix()
          + "' byte order (or use '@'), or use '" + (c == 'n' ? 'q' : 'Q') + "' for a fixed 8-byte size";
    }
    return at + " is not a format code" + others + "; use one of " + FormatCode.listFor(mode);
  }

  /** Python's {@code Py_ISSPACE}: the whitespace allowed between items. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Quotes a character for a message, escaping anything that is not printable ASCII. */
  static String quote(char c) {
    if (c >= 0x20 && c < 0x7f) {
      return "'" + c + "'";
    }
    if (c < 0x100) {
      return String.format("'\\x%02x'", (int) c);
    }
    return String.format("'\\u%04x'", (int) c);
  }
}
