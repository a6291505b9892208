package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser's own contract: layouts, character indices and messages. Sizes and error kinds are
 * also covered by the CPython vectors; these tests pin what the vectors cannot see.
 */
class FormatParserTest {

  @Test
  void itemsKeepCodeCountOffsetAndIndex() {
    StructFormat format = FormatParser.parse("@b 3h 0q 2s x d");
    List<FieldLayout> f = format.fields();
    assertEquals(6, f.size());
    assertEquals(new FieldLayout(FormatCode.BYTE, 1, 0, ByteOrderMode.NATIVE, 1), f.get(0));
    assertEquals(new FieldLayout(FormatCode.SHORT, 3, 2, ByteOrderMode.NATIVE, 3), f.get(1));
    assertEquals(new FieldLayout(FormatCode.LONG_LONG, 0, 8, ByteOrderMode.NATIVE, 6), f.get(2));
    assertEquals(new FieldLayout(FormatCode.STRING, 2, 8, ByteOrderMode.NATIVE, 9), f.get(3));
    assertEquals(new FieldLayout(FormatCode.PAD, 1, 10, ByteOrderMode.NATIVE, 12), f.get(4));
    assertEquals(new FieldLayout(FormatCode.DOUBLE, 1, 16, ByteOrderMode.NATIVE, 14), f.get(5));
    assertEquals(24, format.size());
    assertEquals(1 + 3 + 0 + 1 + 0 + 1, format.valueCount());
    assertEquals(ByteOrderMode.NATIVE, format.mode());
    assertEquals("@b 3h 0q 2s x d", format.format());
  }

  @Test
  void fieldLayoutDerivesSizesAndValueCounts() {
    FieldLayout shorts = FormatParser.parse(">3H").fields().get(0);
    assertEquals(2, shorts.elementSize());
    assertEquals(6, shorts.size());
    assertEquals(7, shorts.end() + 1);
    assertEquals(3, shorts.valueCount());
    assertEquals(ByteOrder.BIG_ENDIAN, shorts.order());
    assertEquals(Integer.class, shorts.carrier());
    FieldLayout string = FormatParser.parse("<10s").fields().get(0);
    assertEquals(10, string.size());
    assertEquals(1, string.valueCount());
    FieldLayout pad = FormatParser.parse("<4x").fields().get(0);
    assertTrue(pad.isPadding());
    assertEquals(0, pad.valueCount());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''       | NATIVE",
      "@i       | NATIVE",
      "i        | NATIVE",
      "=i       | STANDARD_NATIVE_ORDER",
      "<i       | LITTLE_ENDIAN",
      ">i       | BIG_ENDIAN",
      "!i       | NETWORK",
  })
  void prefixSelectsTheMode(String format, ByteOrderMode mode) {
    assertEquals(mode, FormatParser.parse(format).mode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // format   | index | message starts with
      "<Ihz       | 3     | bad char in struct format: 'z' at index 3 is not a format code",
      "<i n       | 3     | bad char in struct format: 'n' at index 3: 'n' exists only in native mode; drop the '<' byte order",
      "!P         | 1     | bad char in struct format: 'P' at index 1: 'P' exists only in native mode",
      "i<         | 1     | bad char in struct format: '<' at index 1: a byte-order prefix is allowed only as the first",
      "' <i'      | 1     | bad char in struct format: '<' at index 1",
      "'3 i'      | 1     | bad char in struct format: ' ' at index 1 separates a count from its code",
      "ii3        | 2     | repeat count given without format specifier: count '3' at index 2 ends the format",
      "'<2 '      | 2     | bad char in struct format: ' ' at index 2",
      "9223372036854775808b | 0 | total struct size too long: the count at index 0 exceeds 9223372036854775807",
      "b9223372036854775807b | 1 | total struct size too long: item '9223372036854775807b' at index 1 brings the size past",
      "@b9223372036854775806x0q | 22 | total struct size too long: aligning item '0q' at index 22 to 8 bytes passes",
  })
  void errorsCarryTheIndexAndNameTheCharacter(String format, int index, String message) {
    FormatException e = assertThrows(FormatException.class, () -> FormatParser.parse(format));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertEquals(index, e.index());
    assertEquals(format, e.format());
  }

  @Test
  void countBeforeWhitespaceIsABadCharAtTheWhitespace() {
    FormatException e = assertThrows(FormatException.class, () -> FormatParser.parse("<2\ti"));
    assertEquals(2, e.index());
    assertEquals("bad char in struct format", e.reason());
    assertTrue(e.getMessage().contains("'\\x09' at index 2"), e.getMessage());
  }

  @Test
  void nonAsciiComesBeforeNulAndNulBeforeEverythingElse() {
    FormatException nonAscii = assertThrows(FormatException.class, () -> FormatParser.parse("z\0\u00e9"));
    assertEquals(2, nonAscii.index());
    assertTrue(nonAscii.getMessage().contains("'\\xe9' at index 2"), nonAscii.getMessage());
    FormatException nul = assertThrows(FormatException.class, () -> FormatParser.parse("zz\0i"));
    assertEquals("embedded null character", nul.reason());
    assertEquals(2, nul.index());
  }

  @Test
  void hugeSizesAreComputedWithoutOverflowOrAllocation() {
    assertEquals(Long.MAX_VALUE, FormatParser.parse("9223372036854775807b").size());
    assertEquals(Long.MAX_VALUE - 2, FormatParser.parse("@b9223372036854775800x4b0b").size());
    assertEquals(999_999_999_999L, FormatParser.parse("999999999999s").size());
    assertEquals(1, FormatParser.parse("999999999999s").valueCount());
    assertEquals(Long.MAX_VALUE, FormatParser.parse("9223372036854775807x").size());
  }

  @Test
  void nullFormatIsAnIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormatParser.parse(null));
    assertTrue(e.getMessage().contains("not null"), e.getMessage());
  }

  @Test
  void whitespaceIsIgnoredBetweenItemsAndAtTheEnds() {
    assertEquals(FormatParser.parse("<ihb").size(), FormatParser.parse("<\t i \n h\r\u000b b \f").size());
    assertEquals(3, FormatParser.parse("< i h b ").fields().size());
  }
}
