package dev.structview.zip.internal;

import dev.structview.io.Window;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes entry names and comments as the tools people compare with show them. With
 * general-purpose flag bit 11 they are UTF-8 (APPNOTE.TXT appendix D). Without it, they are
 * UTF-8 when the bytes are valid UTF-8, and IBM code page 437 otherwise.
 *
 * <p>Why not CP437 alone, as appendix D says: the writers of most archives without bit 11 do not
 * write CP437. Info-ZIP {@code zip} on Linux and macOS, {@code jar} and many libraries store the
 * name's UTF-8 bytes and leave the flag clear. {@code java.util.zip.ZipFile} decodes every name
 * as UTF-8 by default, and Info-ZIP {@code unzip} 6.0 shows the bytes of names made on Unix as
 * they are, which a UTF-8 terminal shows as UTF-8: both show {@code héllo.txt} where CP437 gives
 * {@code h├⌐llo.txt}. Names made on MS-DOS or Windows in CP437 are almost never valid UTF-8
 * (any byte from 0x80 must come in a lead-and-continuation pattern), so they still decode as CP437,
 * as {@code unzip} converts them ({@code Ext_ASCII_TO_Native} for "version made by" MS-DOS) and
 * as {@code ZipFile(file, IBM437)} does; ASCII names are the same either way. A name never fails:
 * malformed UTF-8 under bit 11 decodes with U+FFFD replacement characters, where
 * {@code ZipFile} refuses the archive.
 */
final class ZipText {
  /**
   * CP437's upper half, bytes 0x80 to 0xFF (the lower half is ASCII, as in the JDK's IBM437
   * charset). Kept here rather than taken from {@code Charset.forName("IBM437")}: that charset is
   * in the optional {@code jdk.charsets} module, which trimmed runtimes leave out.
   */
  private static final String CP437_HIGH = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ"
      + "áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
      + "└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
      + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

  private ZipText() {}

  /**
   * Decodes {@code length} bytes at {@code offset} of {@code file} (the caller has checked the
   * range): as UTF-8 when {@code utf8} (flag bit 11), else as UTF-8 if they are valid UTF-8 and as
   * CP437 if not.
   */
  static String decode(Window file, long offset, int length, boolean utf8) {
    byte[] bytes = file.bytes(offset, length); // at most 65,535: every length field is 16 bits
    return utf8 ? new String(bytes, StandardCharsets.UTF_8) : unflagged(bytes);
  }

  /** Decodes a name or comment without flag bit 11: UTF-8 if the bytes are valid UTF-8, else CP437. */
  static String unflagged(byte[] bytes) {
    if (ascii(bytes)) {
      return new String(bytes, StandardCharsets.US_ASCII); // most names: the same in both, and no decoder to make
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return cp437(bytes);
    }
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Decodes bytes as CP437. */
  static String cp437(byte[] bytes) {
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      chars[i] = b < 0x80 ? (char) b : CP437_HIGH.charAt(b - 0x80);
    }
    return new String(chars);
  }
}
