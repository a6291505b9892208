package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code table against DESIGN.md's value mapping and CPython's x86-64 sizes. */
class FormatCodeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // code | standard carrier | native carrier
      "b | java.lang.Byte    | java.lang.Byte",
      "B | java.lang.Integer | java.lang.Integer",
      "h | java.lang.Short   | java.lang.Short",
      "H | java.lang.Integer | java.lang.Integer",
      "i | java.lang.Integer | java.lang.Integer",
      "I | java.lang.Long    | java.lang.Long",
      "l | java.lang.Integer | java.lang.Long",
      "L | java.lang.Long    | java.math.BigInteger",
      "q | java.lang.Long    | java.lang.Long",
      "Q | java.math.BigInteger | java.math.BigInteger",
      "? | java.lang.Boolean | java.lang.Boolean",
      "e | java.lang.Float   | java.lang.Float",
      "f | java.lang.Float   | java.lang.Float",
      "d | java.lang.Double  | java.lang.Double",
      "c | [B | [B",
      "s | [B | [B",
      "p | [B | [B",
      "x | java.lang.Void | java.lang.Void",
  })
  void carriersFollowTheDesignTable(char c, String standard, String nativeCarrier) throws Exception {
    FormatCode code = FormatCode.forChar(c).orElseThrow();
    assertEquals(Class.forName(standard), code.carrier(ByteOrderMode.LITTLE_ENDIAN));
    assertEquals(Class.forName(nativeCarrier), code.carrier(ByteOrderMode.NATIVE));
  }

  @Test
  void nativeOnlyCodesHaveNoStandardSize() {
    for (char c : "nNP".toCharArray()) {
      FormatCode code = FormatCode.forChar(c).orElseThrow();
      assertTrue(code.nativeOnly());
      assertFalse(code.availableIn(ByteOrderMode.BIG_ENDIAN));
      assertEquals(8, code.size(ByteOrderMode.NATIVE));
      assertEquals(BigInteger.class.equals(code.carrier(ByteOrderMode.NATIVE)), c != 'n');
      assertThrows(IllegalArgumentException.class, () -> code.size(ByteOrderMode.LITTLE_ENDIAN));
    }
  }

  @Test
  void everyCodeIsFoundByItsCharacterAndNothingElseIs() {
    for (FormatCode code : FormatCode.values()) {
      assertEquals(code, FormatCode.forChar(code.code()).orElseThrow());
      assertEquals(String.valueOf(code.code()), code.toString());
    }
    for (char c : "zT{}:^&g\u00e9\0 ".toCharArray()) {
      assertTrue(FormatCode.forChar(c).isEmpty(), "char " + (int) c);
    }
  }

  @Test
  void sizesAndAlignmentsMatchCPythonOnX8664() {
    String codes = "xcbB?hHiIlLqQnNefdspP";
    // From python3.13: [struct.calcsize('@' + c) for c in codes] and the '<' sizes.
    int[] nativeSizes = {1, 1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 2, 4, 8, 1, 1, 8};
    int[] standardSizes = {1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 0, 0, 2, 4, 8, 1, 1, 0};
    for (int i = 0; i < codes.length(); i++) {
      FormatCode code = FormatCode.forChar(codes.charAt(i)).orElseThrow();
      assertEquals(nativeSizes[i], code.size(ByteOrderMode.NATIVE), "native " + code);
      assertEquals(nativeSizes[i] == 1 || code.countIsLength() ? 1 : nativeSizes[i],
          code.alignment(ByteOrderMode.NATIVE), "alignment " + code);
      assertEquals(1, code.alignment(ByteOrderMode.NETWORK));
      if (standardSizes[i] > 0) {
        assertEquals(standardSizes[i], code.size(ByteOrderMode.LITTLE_ENDIAN), "standard " + code);
      }
    }
  }

  /** Charsets whose text an s item cannot hold (it ends at the first NUL), and ones it can. */
  @Test
  void charsetsThatEncodeNulBytesAreTold() {
    for (String name : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE")) {
      assertTrue(FormatCode.encodesNul(Charset.forName(name)), name);
    }
    for (String name : List.of("UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252")) {
      assertFalse(FormatCode.encodesNul(Charset.forName(name)), name);
    }
    assertThrows(IllegalArgumentException.class, () -> FormatCode.encodesNul(null));
  }
}
