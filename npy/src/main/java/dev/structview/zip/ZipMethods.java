package dev.structview.zip;

/** The names of ZIP compression methods (APPNOTE.TXT 4.4.5), for listings. */
final class ZipMethods {
  private ZipMethods() {}

  /** Returns the method's name, or {@code method 42} for a number APPNOTE.TXT does not name. */
  static String name(int method) {
    return switch (method) {
      case 0 -> "stored";
      case 1 -> "shrunk";
      case 2, 3, 4, 5 -> "reduced" + (method - 1);
      case 6 -> "imploded";
      case 8 -> "deflated";
      case 9 -> "deflate64";
      case 10 -> "terse-old";
      case 12 -> "bzip2";
      case 14 -> "lzma";
      case 18 -> "terse";
      case 19 -> "lz77";
      case 93 -> "zstd";
      case 94 -> "mp3";
      case 95 -> "xz";
      case 96 -> "jpeg";
      case 97 -> "wavpack";
      case 98 -> "ppmd";
      case 99 -> "aes";
      default -> "method " + method;
    };
  }
}
