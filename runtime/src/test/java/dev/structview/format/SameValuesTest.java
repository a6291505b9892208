package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats spelled differently that lay out the same values, and ones that only look alike. */
class SameValuesTest {

  private static boolean same(String a, String b) {
    return FormatParser.parseExtended(a).sameValues(FormatParser.parseExtended(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<BBB               | <3B",
      "<BBB               | <B:b:B:g:B:r:",
      "<3B                | <T{<B:b:B:g:B:r:}:bgr:",
      "<3B                | <(3)B",
      "<IhB               | <I:id: h:delta: B:flags:",
      "<2T{<HH}           | <4H",
      "<ix                | <i1x",
      "<4s                | <4s:name:",
      "<0hi               | <i",
      "<l                 | <i",                 // a standard long is 4 bytes
      "T{=i:x:=l:y:}      | <ii",
      "<2q                | <q=q",
  })
  void differentSpellingsOfOneLayoutAgree(String a, String b) {
    assertTrue(same(a, b), a + " vs " + b);
    assertTrue(same(b, a), b + " vs " + a);
  }

  /** NumPy writes int64 as its C long: a native "l" where a view says "q" (on LP64 machines, as here). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "l                  | <q",
      "L                  | <Q",
      "n                  | <q",
      "N                  | <Q",
      "T{l:a:xxxxi:b:}    | <q4xi",
      "ll                 | <2q",
  })
  void integersOfOneKindAndSizeAgreeWhateverTheirCode(String a, String b) {
    assumeTrue(FormatParser.parseExtended("l").size() == 8, "a C long of 8 bytes");
    assertTrue(same(a, b), a + " vs " + b);
    assertTrue(same(b, a), b + " vs " + a);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<H     | >H",       // byte order
      "l      | <Q",       // signedness, though one size
      "<q     | <d",       // one size, other kind
      "<xH    | <Hx",      // offsets
      "<4s    | <2s2s",    // one string is not two
      "<4s    | <4B",      // bytes are not integers
      "<i     | <f",       // same size, other code
      "<h     | <H",       // signedness
      "<2H    | <3H",      // size
      "@hi    | <hi",      // alignment pads the native one
  })
  void layoutsThatOnlyLookAlikeDisagree(String a, String b) {
    assertFalse(same(a, b), a + " vs " + b);
  }

  @Test
  void aHostileRepeatIsRefusedQuicklyNotUnrolled() {
    StructFormat huge = FormatParser.parseExtended("<1000000000T{<B:a:H:b:}:x:");
    StructFormat respelled = FormatParser.parseExtended("<1000000000T{<B:c:H:d:}:y:");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> huge.sameValues(respelled));
    assertTrue(e.getMessage().contains("unrolls to more than 1048576 runs"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> huge.sameValues(null));
  }

  @Test
  void oneSpellingIsTheSameLayoutWithoutUnrolling() {
    StructFormat huge = FormatParser.parseExtended("<1000000000T{<B:a:H:b:}:x:");
    assertTrue(huge.sameValues(FormatParser.parseExtended("<1000000000T{<B:a:H:b:}:x:")));
    assertTrue(FormatParser.parse("<IhB").sameValues(FormatParser.parseExtended("<IhB")));
  }

  @Test
  void aDifferenceIsFoundWithoutUnrollingTheRest() {
    // The first runs differ; a comparison that unrolled everything first would refuse instead.
    assertFalse(same("<h1000000000T{<B:a:H:b:}", "<H1000000000T{<B:a:H:b:}"));
  }

  /** Respelled struct formats agree, and Struct packs the same values to the same bytes with both. */
  @Test
  void randomRespellingsAgreeAndPackAlike() {
    Random random = new Random(7);
    String codes = "bBhHiIlLqQefd?";
    for (int trial = 0; trial < 500; trial++) {
      String prefix = String.valueOf("<>!="   .charAt(random.nextInt(4)));
      StringBuilder once = new StringBuilder(prefix);
      StringBuilder unrolled = new StringBuilder(prefix);
      List<Object> values = new ArrayList<>();
      for (int item = 0; item < 1 + random.nextInt(5); item++) {
        char code = codes.charAt(random.nextInt(codes.length()));
        int count = 1 + random.nextInt(4);
        once.append(count).append(code);
        for (int k = 0; k < count; k++) {
          unrolled.append(code);
          values.add(code == '?' ? (Object) true : code == 'e' || code == 'f' || code == 'd' ? (Object) 1.5 : 7L);
        }
      }
      assertTrue(same(once.toString(), unrolled.toString()), once + " vs " + unrolled);
      assertArrayEquals(Struct.of(once.toString()).pack(values.toArray()),
          Struct.of(unrolled.toString()).pack(values.toArray()), once.toString());
      assertEquals(Struct.calcsize(once.toString()), Struct.calcsize(unrolled.toString()));
    }
  }
}
