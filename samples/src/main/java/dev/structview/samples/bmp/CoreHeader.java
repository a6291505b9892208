package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/** {@code BITMAPCOREHEADER}, 12 bytes: Windows 2.x and OS/2 1.x, with unsigned 16-bit dimensions. */
@BufferFormat("<I:headerSize:H:width:H:height:H:planes:H:bitCount:")
public interface CoreHeader {
  /** 12. */
  long headerSize();

  /** The width in pixels. */
  int width();

  /** The height in pixels; rows are always stored bottom-up. */
  int height();

  /** Color planes: 1. */
  int planes();

  /** Bits per pixel: 1, 4, 8 or 24. */
  int bitCount();
}
