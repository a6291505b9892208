package dev.structview.samples.bmp;

/**
 * A header shorter than BITMAPINFOHEADER (the 12-byte core header, the 16-byte OS/2 one) seen as
 * an {@link InfoHeader}: the fields it lacks are 0, what BITMAPINFOHEADER's 0 means (uncompressed,
 * a full palette, no resolution).
 *
 * @param headerSize 12 or 16
 * @param width the width in pixels
 * @param height the height in pixels
 * @param planes color planes
 * @param bitCount bits per pixel
 */
record ShortInfoHeader(long headerSize, int width, int height, int planes, int bitCount) implements InfoHeader {
  /** The core header's fields. */
  static ShortInfoHeader of(CoreHeader h) {
    return new ShortInfoHeader(h.headerSize(), h.width(), h.height(), h.planes(), h.bitCount());
  }

  /** The 16-byte OS/2 header's fields. */
  static ShortInfoHeader of(ShortHeader h) {
    return new ShortInfoHeader(h.headerSize(), h.width(), h.height(), h.planes(), h.bitCount());
  }

  @Override
  public long compression() {
    return Compression.RGB;
  }

  @Override
  public long imageSize() {
    return 0;
  }

  @Override
  public int xPixelsPerMeter() {
    return 0;
  }

  @Override
  public int yPixelsPerMeter() {
    return 0;
  }

  @Override
  public long colorsUsed() {
    return 0;
  }

  @Override
  public long colorsImportant() {
    return 0;
  }
}
