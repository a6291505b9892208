package dev.structview.spark;

import java.util.HexFormat;

/**
 * Values as a write's messages show them: as the user sees them in Spark, not as the Java objects
 * the encoders hold ({@code "é"}, {@code X'6162'}, not {@code byte[2]}), shortened when long.
 */
final class ValueText {
  /** The most characters or bytes a message shows of one value. */
  private static final int SHOWN = 32;

  private ValueText() {}

  /** Returns a string in double quotes, control characters escaped ({@code "\u0000"}), shortened past 32 characters. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(value.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
      }
    }
    return out.append(end < value.length() ? "...\" (" + value.length() + " characters)" : "\"").toString();
  }

  /** Returns bytes as a Spark SQL binary literal ({@code X'6162'}), shortened past 32 bytes. */
  static String binary(byte[] value) {
    int end = Math.min(value.length, SHOWN);
    String hex = HexFormat.of().withUpperCase().formatHex(value, 0, end);
    return "X'" + hex + (end < value.length ? "...' (" + value.length + " bytes)" : "'");
  }
}
