package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.Struct;
import dev.structview.format.StructFormat;
import dev.structview.testing.Property;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link FormatParser#parse} and {@link FormatParser#parseExtended} on random and mutated strings:
 * a format either parses into a layout that holds together, or fails with a
 * {@link FormatException} whose index lies in the string. Nothing else escapes.
 */
class FormatParserFuzzTest {
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** The reasons {@link FormatParser#parse} documents: CPython's texts. */
  private static final Set<String> STRUCT_REASONS = Set.of("non-ASCII character in struct format",
      "embedded null character", "bad char in struct format", "repeat count given without format specifier",
      "total struct size too long");

  @Test
  void parseGivesALayoutOrAFormatException() {
    Property.forAll(Formats.formatLike()).budget(20_000).check(format -> {
      StructFormat parsed = attempt(format, FormatParser::parse, STRUCT_REASONS);
      if (parsed != null) {
        checkLayout(format, parsed);
        assertEquals(parsed.size(), Struct.calcsize(format), "calcsize disagrees with parse");
      }
    });
  }

  @Test
  void parseExtendedGivesALayoutOrAFormatException() {
    Property.forAll(Formats.formatLike()).budget(20_000).check(format -> {
      StructFormat parsed = attempt(format, FormatParser::parseExtended, null);
      if (parsed != null) {
        checkLayout(format, parsed);
      }
    });
  }

  /**
   * A format of the struct grammar parses exactly as an independent reading of CPython's rules
   * lays it out, or fails with "total struct size too long" exactly when its size passes 2^63-1;
   * {@code parseExtended} lays it out the same (its documented promise).
   */
  @Test
  void theGrammarParsesToCPythonsSizes() {
    Property.forAll(Formats.structGrammar()).budget(20_000).check(FormatParserFuzzTest::parsesToCPythonsSizes);
  }

  private static void parsesToCPythonsSizes(String format) {
    ReferenceLayout expected = ReferenceLayout.of(format);
    assertTrue(expected != null, "the generator made a format outside the grammar: " + Formats.escape(format));
    StructFormat parsed;
    try {
      parsed = FormatParser.parse(format);
    } catch (FormatException e) {
      assertTrue(!expected.fits(), () -> Formats.escape(format) + " of size " + expected.size + " failed: " + e);
      assertEquals("total struct size too long", e.reason(), Formats.escape(format));
      return;
    }
    assertTrue(expected.fits(), () -> Formats.escape(format) + " of size " + expected.size + " parsed as "
        + parsed.size());
    assertEquals(expected.size, BigInteger.valueOf(parsed.size()), () -> "size of " + Formats.escape(format));
    // The count saturates at 2^63-1: zero-size items can add values past it (FuzzFindingsTest).
    assertEquals(expected.values.min(MAX), BigInteger.valueOf(parsed.valueCount()),
        () -> "value count of " + Formats.escape(format));
    StructFormat extended = FormatParser.parseExtended(format);
    assertEquals(parsed.size(), extended.size(), () -> "parseExtended's size of " + Formats.escape(format));
    assertEquals(offsets(parsed), offsets(extended), () -> "parseExtended's offsets of " + Formats.escape(format));
  }

  /** Runs a parser: returns its layout, or null after checking its FormatException. */
  static StructFormat attempt(String format, Function<String, StructFormat> parser, Set<String> reasons) {
    try {
      return parser.apply(format);
    } catch (FormatException e) {
      checkException(format, e, reasons);
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return fail("undocumented " + e + " for " + Formats.escape(format), e);
    }
  }

  static void checkException(String format, FormatException e, Set<String> reasons) {
    String where = Formats.escape(format) + ": " + e.getMessage();
    assertEquals(format, e.format(), "the exception names another format: " + where);
    assertTrue(e.index() >= 0 && e.index() <= format.length(), "index " + e.index() + " outside " + where);
    if (e.index() == format.length()) {
      assertTrue(e.getMessage().contains("the end of the format"), "index at the end, not said so: " + where);
    }
    assertTrue(e.getMessage().startsWith(e.reason() + ": "), "message does not start with its reason: " + where);
    if (reasons != null) {
      assertTrue(reasons.contains(e.reason()), "an undocumented reason: " + where);
    }
  }

  /** Every item lies inside the record, in order, and the values add up. */
  static void checkLayout(String format, StructFormat parsed) {
    String where = Formats.escape(format) + " -> " + parsed;
    assertTrue(parsed.size() >= 0, where);
    assertEquals(format, parsed.format(), where);
    BigInteger values = BigInteger.ZERO;
    long end = 0;
    for (FieldLayout f : parsed.fields()) {
      assertTrue(f.offset() >= end || f.size() == 0, "item overlaps the one before: " + f + " in " + where);
      assertTrue(f.offset() >= 0 && f.size() >= 0 && f.end() <= parsed.size(), "item outside: " + f + " in " + where);
      assertTrue(f.index() >= 0 && f.index() < format.length(), "item index outside: " + f + " in " + where);
      end = Math.max(end, f.end());
      values = values.add(BigInteger.valueOf(f.valueCount()));
      if (f.isNested()) {
        assertTrue(f.nested().size() * f.elementCount() <= f.size(), "nested struct overflows: " + f + " in " + where);
      }
    }
    assertEquals(values.min(MAX).longValue(), parsed.valueCount(), "value count of " + where);
  }

  private static List<Long> offsets(StructFormat format) {
    return format.fields().stream().map(FieldLayout::offset).toList();
  }
}
