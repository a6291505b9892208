package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/**
 * The color masks of {@code BI_BITFIELDS} pixels, at file offset 54: just after a 40-byte
 * {@code BITMAPINFOHEADER}, or inside the larger headers, which begin their extension with them.
 */
@BufferFormat("<I:red:I:green:I:blue:")
public interface BitMasks {
  /** The bits of red in a pixel. */
  long red();

  /** The bits of green in a pixel. */
  long green();

  /** The bits of blue in a pixel. */
  long blue();
}
