package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one escaping rule: caret notation for C0 controls and DEL, {@code \\uXXXX} for other unsafe characters. */
class PrintableTest {
  @Test
  void leavesSafeTextAlone() {
    String text = "héllo/wörld 日本 ^J \\n 😀 \u00a0";
    assertSame(text, Printable.of(text));
  }

  @Test
  void showsC0ControlsAndDelInCaretNotationAsReadelfAndUnzipDo() {
    assertEquals("^@^A^I^J^M^[[31m^_^?", Printable.of("\0\u0001\t\n\r\u001b[31m\u001f\u007f"));
    assertEquals(".text^J  99  .fake  PROGBITS", Printable.of(".text\n  99  .fake  PROGBITS"));
  }

  @Test
  void showsC1ControlsAndFormatCharactersAsEscapes() {
    // U+009B is CSI, an escape sequence in one character; U+202E reverses what follows on screen
    assertEquals("a\\u0080b\\u009b31mc\\u202etxt.exe\\u2028\\u2029\\u200b", Printable.of(
        "a\u0080b\u009b31mc\u202etxt.exe\u2028\u2029\u200b"));
  }

  @Test
  void showsUnpairedSurrogatesAndKeepsPairs() {
    assertEquals("x\\ud800y\\udc00z😀", Printable.of("x\ud800y\udc00z\ud83d\ude00"));
    assertEquals("\\ud83d", Printable.of("\ud83d"));
  }

  @Test
  void showsFormatCharactersBeyondTheBasicPlane() {
    assertEquals("\\U000e0001tag", Printable.of(new StringBuilder().appendCodePoint(0xE0001).append("tag")
        .toString()));
  }
}
