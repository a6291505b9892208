package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/** The 16-byte OS/2 2.x {@code BITMAPINFOHEADER2}: BITMAPINFOHEADER cut after its bit count. */
@BufferFormat("<I:headerSize:i:width:i:height:H:planes:H:bitCount:")
public interface ShortHeader {
  /** 16. */
  long headerSize();

  /** The width in pixels. */
  int width();

  /** The height in pixels. */
  int height();

  /** Color planes: 1. */
  int planes();

  /** Bits per pixel. */
  int bitCount();
}
