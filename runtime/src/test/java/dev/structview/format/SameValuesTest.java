package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteOrder;
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
      "T{B:b:>H:a:}       | >BH",               // NumPy writes a big-endian record's uint8 as plain "B"
      "<B                 | >B",                // single bytes have no byte order
      ">c?b               | <c?b",
      "T{3s:b:>I:a:}      | >3sI",              // nor have strings
      "(2)3s              | 3s3s",              // NumPy's subarray of two strings
      "(2,2)2p            | 2p2p2p2p",
      "<(2)3s             | <T{3s:a:}T{3s:b:}",
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
      "(2)3s  | 3s3x",     // the second string is not padding
      "(2)3s  | 6s",       // two strings are not one
      "(2,2)2s | 2s6x",
      "(2)3p  | 3p3s",
      "2s2s   | 1s1s1s1s",
      "<e     | >e",       // two bytes have an order
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

  /**
   * sameValues against the brute-force definition it implements, over random PEP 3118 formats
   * (nested structs, shapes, strings with shapes, byte orders on single bytes): two formats agree
   * iff they have one size and unroll to the same values, each an offset, a kind, a length and,
   * for values of more than one byte that are not strings, a byte order. Each format is compared
   * with its own unrolling respelled item by item (which must agree), and with that respelling
   * changed in one value (which must not, unless the change is to a byte order that does not count).
   */
  @Test
  void agreesWithTheUnrolledValuesOfRandomNestedFormats() {
    Random random = new Random(3118);
    for (int trial = 0; trial < 3000; trial++) {
      String a = randomFormat(random, 0);
      StructFormat fa = FormatParser.parseExtended(a);
      List<String> values = unrolled(fa);
      List<String> items = respelled(fa);
      StructFormat same = FormatParser.parseExtended(String.join("", items) + tail(fa));
      assertEquals(values, unrolled(same), a);
      assertTrue(fa.sameValues(same), a + " vs " + same.format());
      assertTrue(same.sameValues(fa), same.format() + " vs " + a);
      if (items.isEmpty()) {
        continue;
      }
      int k = random.nextInt(items.size());
      List<String> changed = new ArrayList<>(items);
      changed.set(k, mutated(items.get(k), random));
      StructFormat fb = FormatParser.parseExtended(String.join("", changed) + tail(fa));
      boolean expected = fa.size() == fb.size() && values.equals(unrolled(fb));
      assertEquals(expected, fa.sameValues(fb), a + " vs " + fb.format());
      assertEquals(expected, fb.sameValues(fa), fb.format() + " vs " + a);
    }
  }

  private static final String CODES = "bBhHiIqQefd?c";

  private static String randomFormat(Random random, int depth) {
    StringBuilder f = new StringBuilder();
    for (int item = 0; item < 1 + random.nextInt(4); item++) {
      if (random.nextInt(4) == 0) {
        f.append("<>!=".charAt(random.nextInt(4)));
      }
      int pick = random.nextInt(10);
      boolean shaped = pick != 3 && random.nextInt(4) == 0; // pads take no shape
      if (shaped) {
        f.append('(').append(1 + random.nextInt(3));
        if (random.nextBoolean()) {
          f.append(',').append(1 + random.nextInt(2));
        }
        f.append(')');
      }
      if (pick == 0 && depth < 2) {
        f.append("T{").append(randomFormat(random, depth + 1)).append('}');
      } else if (pick <= 2) {
        f.append(random.nextInt(4)).append("sp".charAt(random.nextInt(2)));
      } else if (pick == 3) {
        f.append(1 + random.nextInt(3)).append('x');
      } else {
        f.append(shaped ? "" : String.valueOf(random.nextInt(3))).append(CODES.charAt(random.nextInt(CODES.length())));
      }
    }
    return f.toString();
  }

  /** Each value of a format: its offset, kind, length and (when it has one) byte order. */
  private static List<String> unrolled(StructFormat format) {
    List<String> out = new ArrayList<>();
    unroll(format, 0, out);
    return out;
  }

  private static void unroll(StructFormat format, long base, List<String> out) {
    for (FieldLayout f : format.fields()) {
      for (long e = 0; e < f.valueCount(); e++) {
        long at = base + f.offset() + e * f.elementSize();
        if (f.isNested()) {
          unroll(f.nested(), at, out);
        } else {
          boolean ordered = !f.code().countIsLength() && f.elementSize() > 1;
          out.add(at + " " + f.code().kind() + " " + f.elementSize() + (ordered ? " " + f.order() : ""));
        }
      }
    }
  }

  /** The format's values as one item each, at their offsets, in standard sizes and explicit orders. */
  private static List<String> respelled(StructFormat format) {
    List<String> items = new ArrayList<>();
    long at = 0;
    for (String value : unrolled(format)) {
      String[] v = value.split(" ");
      long offset = Long.parseLong(v[0]);
      int length = Integer.parseInt(v[2]);
      String order = v.length > 3 ? (v[3].equals(ByteOrder.BIG_ENDIAN.toString()) ? ">" : "<") : "<>".substring(
          (int) (offset & 1), (int) (offset & 1) + 1); // no order: either prefix, at random
      items.add((offset > at ? (offset - at) + "x" : "") + order + code(FormatCode.Kind.valueOf(v[1]), length));
      at = offset + length;
    }
    return items;
  }

  private static String tail(StructFormat format) {
    List<String> values = unrolled(format);
    long end = 0;
    for (String value : values) {
      String[] v = value.split(" ");
      end = Long.parseLong(v[0]) + Long.parseLong(v[2]);
    }
    return format.size() > end ? (format.size() - end) + "x" : "";
  }

  private static String code(FormatCode.Kind kind, int length) {
    switch (kind) {
      case SIGNED: return "bhiq".substring(Integer.numberOfTrailingZeros(length), Integer.numberOfTrailingZeros(length) + 1);
      case UNSIGNED: return "BHIQ".substring(Integer.numberOfTrailingZeros(length), Integer.numberOfTrailingZeros(length) + 1);
      case FLOAT: return length == 2 ? "e" : length == 4 ? "f" : "d";
      case BOOL: return "?";
      case CHAR: return "c";
      case STRING: return length + "s";
      case PASCAL: return length + "p";
      default: throw new AssertionError(kind);
    }
  }

  /** One item changed: its byte order flipped, or its code swapped for another of its length. */
  private static String mutated(String item, Random random) {
    int codeAt = item.length() - 1;
    char order = item.charAt(item.indexOf('<') >= 0 ? item.indexOf('<') : item.indexOf('>'));
    String head = item.substring(0, item.indexOf(order));
    String body = item.substring(item.indexOf(order) + 1);
    if (random.nextBoolean()) {
      return head + (order == '<' ? '>' : '<') + body;
    }
    char c = item.charAt(codeAt);
    String swap = c == 's' ? "p" : c == 'p' ? "s" : String.valueOf("bBc?".indexOf(c) >= 0 ? "bBc?".charAt(random.nextInt(4))
        : Character.isUpperCase(c) ? Character.toLowerCase(c) : c == 'e' || c == 'f' || c == 'd' ? "hid".charAt("efd".indexOf(c))
        : Character.toUpperCase(c));
    return head + order + body.substring(0, body.length() - 1) + swap;
  }
}
