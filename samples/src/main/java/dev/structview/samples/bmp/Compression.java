package dev.structview.samples.bmp;

/** The {@code biCompression} values of BMP files. */
public final class Compression {
  /** Uncompressed. */
  public static final long RGB = 0;
  /** Run-length encoded 8-bit indices. */
  public static final long RLE8 = 1;
  /** Run-length encoded 4-bit indices. */
  public static final long RLE4 = 2;
  /** Uncompressed, with color masks. */
  public static final long BITFIELDS = 3;
  /** Uncompressed, with color and alpha masks after a 40-byte header. */
  public static final long ALPHABITFIELDS = 6;

  private static final String[] NAMES = {"BI_RGB", "BI_RLE8", "BI_RLE4", "BI_BITFIELDS", "BI_JPEG", "BI_PNG",
      "BI_ALPHABITFIELDS"};

  private Compression() {}

  /** Whether pixels of this compression are stored as plain rows. */
  public static boolean isUncompressed(long compression) {
    return compression == RGB || compression == BITFIELDS || compression == ALPHABITFIELDS;
  }

  /** The name, such as {@code BI_RGB}, or {@code compression 11}. */
  public static String name(long compression) {
    return compression < NAMES.length ? NAMES[(int) compression] : "compression " + compression;
  }
}
