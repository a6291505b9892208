package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/**
 * The alpha mask at file offset 66, after the {@link BitMasks}: part of V3, V4 and V5 headers, and
 * the fourth mask after a 40-byte header with {@code BI_ALPHABITFIELDS}.
 */
@BufferFormat("<I:alpha:")
public interface AlphaMask {
  /** The bits of alpha in a pixel. */
  long alpha();
}
