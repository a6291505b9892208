package dev.structview.samples.zip;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Decodes entry names and comments. APPNOTE.TXT (appendix D) says they are IBM code page 437
 * unless general-purpose flag bit 11 is set, when they are UTF-8; this class does exactly that.
 *
 * <p>Others differ for names without bit 11. Info-ZIP {@code unzip} 6.0 converts from CP437
 * ("OEM") only for archives made on MS-DOS, OS/2 and some Windows hosts (the high byte of
 * "version made by"; its macro {@code Ext_ASCII_TO_Native}) and takes other hosts' bytes as they
 * are, in the local charset. {@code java.util.zip.ZipFile} uses the charset given to its
 * constructor, UTF-8 by default, and refuses names that are not valid in it with a
 * {@code ZipException}. Here a name never fails: malformed UTF-8 under bit 11 decodes with
 * U+FFFD replacement characters, and every byte has a CP437 character.
 */
public final class ZipText {
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
   * Decodes {@code length} bytes at index {@code offset} of {@code file} (absolute; the caller
   * has checked the range), as UTF-8 when {@code utf8}, else as CP437.
   */
  public static String decode(ByteBuffer file, int offset, int length, boolean utf8) {
    byte[] bytes = new byte[length]; // at most 65,535: every length field is 16 bits
    file.get(offset, bytes);
    return utf8 ? new String(bytes, StandardCharsets.UTF_8) : cp437(bytes);
  }

  /** Decodes bytes as CP437. */
  public static String cp437(byte[] bytes) {
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      chars[i] = b < 0x80 ? (char) b : CP437_HIGH.charAt(b - 0x80);
    }
    return new String(chars);
  }
}
