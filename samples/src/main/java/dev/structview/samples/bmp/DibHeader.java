package dev.structview.samples.bmp;

/**
 * The kinds of DIB header a BMP file may have after its file header, told apart by their size,
 * and where each puts what: one table, from the Windows SDK's {@code wingdi.h} and the OS/2 2.x
 * bitmap format.
 */
enum DibHeader {
  /** 12 bytes, Windows 2.x and OS/2 1.x: 16-bit width and height, palette of 3-byte RGBTRIPLEs. */
  CORE(12, "BITMAPCOREHEADER"),
  /** 16 bytes: the OS/2 2.x header cut after its bit count; the rest is taken as 0. */
  OS2_SHORT(16, "BITMAPINFOHEADER2 (OS/2 2.x, 16 bytes)"),
  /** 40 bytes: masks, if any, follow the header (12 bytes, or 16 for BI_ALPHABITFIELDS). */
  INFO(40, "BITMAPINFOHEADER"),
  /** 52 bytes: red, green and blue masks in the header. */
  V2(52, "BITMAPV2INFOHEADER"),
  /** 56 bytes: red, green, blue and alpha masks in the header. */
  V3(56, "BITMAPV3INFOHEADER"),
  /** 64 bytes: OS/2 2.x, whose fields after the first 40 bytes are not masks, and whose compressions differ. */
  OS2(64, "BITMAPINFOHEADER2 (OS/2 2.x)"),
  /** 108 bytes: the V3 masks, then a color space. */
  V4(108, "BITMAPV4HEADER"),
  /** 124 bytes: V4, then rendering intent and an ICC profile's place. */
  V5(124, "BITMAPV5HEADER");

  /** OS/2 2.x compressions that share numbers with Windows' BI_BITFIELDS and BI_JPEG. */
  private static final long OS2_HUFFMAN = 3;
  private static final long OS2_RLE24 = 4;

  private final int size;
  private final String title;

  DibHeader(int size, String title) {
    this.size = size;
    this.title = title;
  }

  /** The kind of header of {@code size} bytes, or {@code null} when no kind has that size. */
  static DibHeader of(long size) {
    for (DibHeader h : values()) {
      if (h.size == size) {
        return h;
      }
    }
    return null;
  }

  /** The sizes there are, for messages: {@code "12, 16, 40, 52, 56, 64, 108 or 124"}. */
  static String sizes() {
    StringBuilder list = new StringBuilder();
    for (DibHeader h : values()) {
      list.append(list.length() == 0 ? "" : h == V5 ? " or " : ", ").append(h.size);
    }
    return list.toString();
  }

  /** Its size in bytes. */
  int size() {
    return size;
  }

  /** Its name: {@code BITMAPV3INFOHEADER}. */
  String title() {
    return title;
  }

  /** Whether it has the 40 bytes of BITMAPINFOHEADER's fields; if not, compression and the rest are 0. */
  boolean hasInfoFields() {
    return size >= INFO.size;
  }

  /** Whether red, green and blue masks are part of the header, at file offset 54. */
  boolean hasRgbMasks() {
    return this == V2 || this == V3 || this == V4 || this == V5;
  }

  /** Whether an alpha mask is part of the header, at file offset 66. */
  boolean hasAlphaMask() {
    return this == V3 || this == V4 || this == V5;
  }

  /** Whether a color space follows the masks. */
  boolean hasColorSpace() {
    return this == V4 || this == V5;
  }

  /** The size of a palette entry: 3 (RGBTRIPLE) for the core header, else 4 (RGBQUAD). */
  int paletteEntrySize() {
    return this == CORE ? 3 : 4;
  }

  private boolean os2() {
    return this == OS2 || this == OS2_SHORT;
  }

  /** Whether pixels of {@code compression} are plain rows; OS/2 has no bit-field compressions. */
  boolean uncompressed(long compression) {
    return os2() ? compression == Compression.RGB : Compression.isUncompressed(compression);
  }

  /** The compression's name in this kind of header: {@code BI_BITFIELDS}, or OS/2's Huffman 1D. */
  String compressionName(long compression) {
    if (os2() && compression == OS2_HUFFMAN) {
      return "Huffman 1D (OS/2)";
    }
    if (os2() && compression == OS2_RLE24) {
      return "RLE24 (OS/2)";
    }
    return Compression.name(compression);
  }
}
