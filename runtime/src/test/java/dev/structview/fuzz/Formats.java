package dev.structview.fuzz;

import static dev.structview.testing.Gen.weight;

import dev.structview.testing.Gen;
import dev.structview.testing.Gens;
import java.util.List;

/**
 * Generators of format strings for the fuzz properties: random characters, strings the struct
 * grammar accepts, PEP 3118 strings, and mutations of each.
 *
 * <p>Lists and counts shrink with the {@link dev.structview.testing.Source}'s size, so a failing
 * format is retried with short ones.
 */
final class Formats {
  /** Characters that matter to the parsers, and a few that never should. */
  static final String NOISE = "xcbB?hHiIlLqQnNefdspP@=<>!0123456789 \t\n\r\u000b\f{}T():,^&Zgw_\0\u00e9\u4e2d\ud800";
  static final String STANDARD_CODES = "xcbB?hHiIlLqQefdsp";
  static final String NATIVE_CODES = STANDARD_CODES + "nNP";
  /** Counts at and around the limits: long, int, and sizes whose products overflow. */
  static final List<String> HUGE = List.of("9223372036854775807", "9223372036854775808", "99999999999999999999",
      "2147483647", "2147483648", "4294967296", "999999999999", "1152921504606846976", "3037000500",
      "4611686018427387904", "9223372036854775806");

  private Formats() {}

  /** Any string, weighted towards the characters formats are made of. */
  static Gen<String> randomStrings() {
    Gen<Character> c = Gen.frequency(weight(8, Gens.charsOf(NOISE)), weight(1, Gens.chars()));
    return Gens.strings(c, 0, 24);
  }

  /** A format of the struct grammar: an optional prefix, then items; its size may overflow. */
  static Gen<String> structGrammar() {
    Gen<String> prefix = Gen.of("", "", "@", "=", "<", ">", "!");
    return prefix.flatMap(p -> item(p.isEmpty() || p.equals("@") ? NATIVE_CODES : STANDARD_CODES)
        .list(0, 7)
        .map(items -> p + String.join("", items)));
  }

  /** A struct-grammar format whose counts stay small, so that records fit small buffers. */
  static Gen<String> smallStructFormats() {
    Gen<String> prefix = Gen.of("", "@", "=", "<", ">", "!");
    return prefix.flatMap(p -> smallItem(p.isEmpty() || p.equals("@") ? NATIVE_CODES : STANDARD_CODES)
        .list(0, 6)
        .map(items -> p + String.join("", items)));
  }

  private static Gen<String> item(String codes) {
    Gen<String> count = Gen.frequency(
        weight(6, Gen.constant("")),
        weight(6, Gens.ints(0, 20).map(String::valueOf)),
        weight(1, Gen.of(HUGE)));
    return code(count, codes);
  }

  private static Gen<String> smallItem(String codes) {
    Gen<String> count = Gen.frequency(
        weight(3, Gen.constant("")),
        weight(2, Gens.ints(0, 5).map(String::valueOf)));
    return code(count, codes);
  }

  /** Optional white space, a count and a code. */
  private static Gen<String> code(Gen<String> count, String codes) {
    Gen<String> space = Gen.of("", "", "", "", " ", "\t", "\n ");
    Gen<Character> code = Gens.charsOf(codes);
    return s -> space.next(s) + count.next(s) + code.next(s);
  }

  /** A format of the PEP 3118 dialect: nested structs, shapes, names and byte orders anywhere. */
  static Gen<String> pep3118Grammar() {
    Gen<String> leaf = pepItem(Gens.charsOf(NATIVE_CODES).map(String::valueOf));
    return Gen.recursive(leaf,
        inner -> Gen.oneOf(leaf, pepItem(inner.list(0, 4).map(items -> "T{" + String.join("", items) + "}"))),
        0, 3).list(0, 5).map(items -> String.join("", items));
  }

  private static Gen<String> pepItem(Gen<String> body) {
    Gen<String> order = Gen.of("", "", "", "@", "=", "<", ">", "!", "^");
    Gen<String> shape = Gen.frequency(
        weight(5, Gen.constant("")),
        weight(1, Gens.ints(1, 4).list(1, 3)
            .map(dims -> "(" + String.join(",", dims.stream().map(String::valueOf).toArray(String[]::new)) + ")")));
    Gen<String> count = Gen.of("", "", "", "0", "1", "2", "3");
    Gen<String> name = Gen.frequency(
        weight(2, Gen.constant("")),
        weight(1, Gen.of("a", "b", "id", "_x", "v1").map(n -> ":" + n + ":")));
    return s -> order.next(s) + shape.next(s) + count.next(s) + body.next(s) + name.next(s);
  }

  /** Valid-looking formats after one to four random edits. */
  static Gen<String> mutated(Gen<String> formats) {
    Gen<Integer> kind = Gens.ints(0, 6);
    Gen<Integer> at = Gens.ints(0, 40);
    Gen<Character> c = Gens.charsOf(NOISE);
    Gen<String> huge = Gen.of(HUGE);
    Gen<Edit> edit = s -> new Edit(kind.next(s), at.next(s), at.next(s), c.next(s), huge.next(s));
    Gen<List<Edit>> edits = edit.list(1, 4);
    return s -> {
      String out = formats.next(s);
      for (Edit e : edits.next(s)) {
        out = e.apply(out);
      }
      return out;
    };
  }

  /** Every kind of format: random characters, grammar, PEP 3118, and mutations of each. */
  static Gen<String> formatLike() {
    return Gen.frequency(
        weight(2, randomStrings()),
        weight(2, structGrammar()),
        weight(3, mutated(structGrammar())),
        weight(1, pep3118Grammar()),
        weight(2, mutated(pep3118Grammar())));
  }

  /** One edit of a string: insert, delete, replace, splice a huge count, repeat a piece, or cut. */
  record Edit(int kind, int at, int to, char c, String huge) {
    String apply(String s) {
      int i = Math.min(at, s.length());
      int j = Math.min(Math.max(i, to), s.length());
      switch (kind) {
        case 0: return s.substring(0, i) + c + s.substring(i);
        case 1: return i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s;
        case 2: return i < s.length() ? s.substring(0, i) + c + s.substring(i + 1) : s + c;
        case 3: return s.substring(0, i) + huge + s.substring(i);
        case 4: return s.substring(0, j) + s.substring(i, j) + s.substring(j);
        case 5: return s.substring(0, i) + s.substring(i, j).repeat(3) + s.substring(j);
        default: return s.substring(0, i);
      }
    }
  }

  /** Escapes a format for a failure message. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }
}
