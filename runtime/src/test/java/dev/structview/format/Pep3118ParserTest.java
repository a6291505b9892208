package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PEP 3118 dialect: NumPy's layouts for T{...}, struct's for the rest, and clear errors. */
class Pep3118ParserTest {

  @Test
  void structLayoutsAgreeWithNumPy() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Pep3118ParserTest.class.getResourceAsStream("/vectors/pep3118/pep3118.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        cases++;
        String[] c = line.split("\t");
        StructFormat format = FormatParser.parseExtended(c[0]);
        List<String> leaves = new ArrayList<>();
        leaves(format, "", 0, leaves);
        String actual = format.size() + "\t" + String.join(";", leaves);
        if (!actual.equals(c[1] + "\t" + c[2])) {
          failures.add(c[0] + "\n    numpy: " + c[1] + " " + c[2] + "\n    ours:  " + actual.replace('\t', ' '));
        }
      }
    }
    assertTrue(cases >= 500, "cases: " + cases);
    if (!failures.isEmpty()) {
      fail(failures.size() + " layouts disagree with NumPy:\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }
  }

  /** Leaf fields as 'path=offset', as the generator lists them from NumPy's dtype. */
  private static void leaves(StructFormat format, String prefix, long base, List<String> out) {
    for (FieldLayout f : format.fields()) {
      if (f.isPadding()) {
        continue;
      }
      String path = f.name() == null ? prefix : prefix + f.name();
      if (f.isNested()) {
        leaves(f.nested(), f.name() == null ? prefix : path + ".", base + f.offset(), out);
      } else {
        out.add(path + "=" + (base + f.offset()));
      }
    }
  }

  @Test
  void plainFormatsAreLaidOutExactlyAsStructDoes() {
    Random random = new Random(5);
    String standard = "xcbB?hHiIlLqQefdsp";
    String everything = standard + "nNP";
    for (int i = 0; i < 5000; i++) {
      StringBuilder f = new StringBuilder(random.nextBoolean() ? "@" : "<");
      String codes = f.charAt(0) == '@' ? everything : standard;
      for (int k = random.nextInt(8); k > 0; k--) {
        char code = codes.charAt(random.nextInt(codes.length()));
        f.append(random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(5))).append(code);
      }
      StructFormat plain = FormatParser.parse(f.toString());
      StructFormat extended = FormatParser.parseExtended(f.toString());
      assertEquals(plain.size(), extended.size(), f.toString());
      assertEquals(plain.fields(), extended.fields(), f.toString());
      assertEquals(plain.valueCount(), extended.valueCount(), f.toString());
    }
  }

  @Test
  void namesShapesAndNestedStructs() {
    StructFormat f = FormatParser.parseExtended("<I:id: (2,3)h:grid: 4s:name: T{>H:x:H:y:}:pos:");
    assertEquals(4 + 12 + 4 + 4, f.size());
    FieldLayout grid = f.field("grid");
    assertArrayEquals(new long[] {2, 3}, grid.dims());
    assertEquals(6, grid.count());
    assertEquals(4, grid.offset());
    assertEquals(FormatCode.STRING, f.field("name").code());
    assertEquals(4, f.field("name").count());
    FieldLayout pos = f.field("pos");
    assertTrue(pos.isNested());
    assertEquals(ByteOrderMode.BIG_ENDIAN, pos.nested().field("y").mode());
    assertEquals(2, pos.nested().field("y").offset());
    assertNull(f.field("missing"));
  }

  @Test
  void ordersStayInForceAndAreInherited() {
    StructFormat f = FormatParser.parseExtended(">h:a: T{h:b:} <h:c:");
    assertEquals(ByteOrderMode.BIG_ENDIAN, f.fields().get(1).nested().field("b").mode());
    assertEquals(ByteOrderMode.LITTLE_ENDIAN, f.field("c").mode());
  }

  @Test
  void nativeStructsAreCStructs() {
    assertEquals(8, FormatParser.parseExtended("T{I:a:B:b:}").size()); // padded to its alignment
    assertEquals(5, FormatParser.parseExtended("I:a:B:b:").size()); // the top level is struct's: no tail
    assertEquals(5, FormatParser.parseExtended("T{^I:a:B:b:}").size()); // '^': native sizes, packed
    assertEquals(16, FormatParser.parseExtended("b:a: T{q:b:}:c:").fields().get(1).offset() + 8);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "T{<I:a:          | 0  | unterminated 'T{'",
      "<I:a:}           | 5  | unmatched '}'",
      "<I:a             | 2  | unterminated field name",
      "<I:a b:          | 3  | bad field name",
      "<I:1a:           | 3  | bad field name",
      "<I:a:h:a:        | 5  | duplicate field name",
      "<2x:pad:         | 1  | bad field name",
      "<(2)3h           | 1  | bad shape",
      "<(2,0)h          | 1  | bad shape",
      "<(2,h            | 4  | bad shape",
      "<(2)x            | 1  | bad shape",
      "<I:a:z           | 5  | bad char in struct format",
      "<n               | 1  | bad char in struct format",
      "<3               | 1  | repeat count given without format specifier",
      "'<3 h'           | 2  | bad char in struct format",
  })
  void errorsNameTheIndexAndTheFix(String format, int index, String reason) {
    FormatException e = assertThrows(FormatException.class, () -> FormatParser.parseExtended(format));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(index, e.index(), e.getMessage());
  }

  @Test
  void whitespaceBetweenACountAndItsCodeIsNamedAsSuch() {
    FormatException e = assertThrows(FormatException.class, () -> FormatParser.parseExtended("<I:id: 3 h"));
    assertEquals(8, e.index(), e.getMessage());
    assertTrue(e.getMessage().contains("no whitespace between a count and its code"), e.getMessage());
  }

  @Test
  void hostileNestingAndSizesFailCleanly() {
    String deep = "T{".repeat(100) + "}".repeat(100);
    FormatException e = assertThrows(FormatException.class, () -> FormatParser.parseExtended(deep));
    assertEquals("structs nested too deeply", e.reason());
    assertThrows(FormatException.class, () -> FormatParser.parseExtended("(4611686018427387904,4)b"));
    assertThrows(FormatException.class, () -> FormatParser.parseExtended("9223372036854775807b T{b:a:}"));
    assertThrows(IllegalArgumentException.class, () -> FormatParser.parseExtended(null));
  }
}
