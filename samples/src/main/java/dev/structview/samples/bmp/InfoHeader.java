package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/**
 * {@code BITMAPINFOHEADER}, 40 bytes: also the common prefix of the larger V4 (108 bytes) and V5
 * (124 bytes) headers, which {@link #headerSize()} tells apart.
 */
@BufferFormat("<I:headerSize:i:width:i:height:H:planes:H:bitCount:I:compression:I:imageSize:"
    + "i:xPixelsPerMeter:i:yPixelsPerMeter:I:colorsUsed:I:colorsImportant:")
public interface InfoHeader {
  /** The size of the whole info header: 40, 52, 56, 108 (V4) or 124 (V5). */
  long headerSize();

  /** The width in pixels. */
  int width();

  /** The height in pixels: positive for rows stored bottom-up, negative for top-down. */
  int height();

  /** Color planes: 1. */
  int planes();

  /** Bits per pixel: 1, 4, 8, 16, 24 or 32. */
  int bitCount();

  /** {@code BI_RGB} (0), {@code BI_RLE8}, {@code BI_BITFIELDS}, ...: see {@link Compression}. */
  long compression();

  /** The size of the pixel array; may be 0 for uncompressed images. */
  long imageSize();

  /** Horizontal resolution. */
  int xPixelsPerMeter();

  /** Vertical resolution. */
  int yPixelsPerMeter();

  /** The number of palette entries; 0 means 2^bitCount for 8 bits or fewer. */
  long colorsUsed();

  /** The number of important colors; 0 means all. */
  long colorsImportant();
}
