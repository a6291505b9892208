package dev.structview.samples.cli;

/**
 * Makes text that came from a file safe to print on a terminal, one rule for every command. A
 * name in a file can hold a newline that fakes another row of a listing, or an escape sequence
 * that recolors, moves the cursor or retitles the terminal; this shows such characters instead of
 * sending them.
 *
 * <ul>
 *   <li>C0 controls U+0000 to U+001F and DEL U+007F in caret notation, as {@code readelf} and
 *       Info-ZIP {@code unzip} show them in names: {@code ^@}, {@code ^J} (newline), {@code ^[}
 *       (escape), {@code ^?} (DEL);
 *   <li>C1 controls U+0080 to U+009F (U+009B is a one-character escape sequence on many
 *       terminals), format characters such as the bidirectional overrides U+202E that make text
 *       display in another order than it is stored, line and paragraph separators, and unpaired
 *       surrogates as <code>&#92;u009b</code> ({@code \U000e0001} beyond U+FFFF), Python's notation;
 *   <li>everything else as it is.
 * </ul>
 *
 * <p>A {@code ^} or {@code \} already in the text is left alone, as readelf and unzip leave it, so
 * {@code ^J} in the output is ambiguous only when the file's own name says {@code ^J}.
 */
public final class Printable {
  private static final int DEL = 0x7f;
  private static final int CARET_OFFSET = 0x40;

  private Printable() {}

  /**
   * Returns {@code text} with every character that a terminal would act on, or that would hide
   * or reorder other characters, written out as {@code ^J} or <code>&#92;u009b</code>.
   *
   * @param text any text, typically a name or a comment read from a file
   * @return the text, unchanged when it holds no such character
   */
  public static String of(String text) {
    StringBuilder out = null; // made only when needed: most text is safe as it is
    for (int i = 0; i < text.length(); ) {
      char ch = text.charAt(i);
      if (ch >= 0x20 && ch < DEL) { // printable ASCII, most of what is printed: no lookup needed
        if (out != null) {
          out.append(ch);
        }
        i++;
        continue;
      }
      int c = text.codePointAt(i); // an unpaired surrogate comes back as itself
      if (unsafe(c)) {
        out = out != null ? out : new StringBuilder(text.length() + 8).append(text, 0, i);
        escape(out, c);
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  private static void escape(StringBuilder out, int c) {
    if (c < 0x20 || c == DEL) {
      out.append('^').append((char) (c ^ CARET_OFFSET)); // ^@ .. ^_, and ^? for DEL
    } else if (c <= Character.MAX_VALUE) {
      out.append(String.format("\\u%04x", c));
    } else {
      out.append(String.format("\\U%08x", c));
    }
  }
}
