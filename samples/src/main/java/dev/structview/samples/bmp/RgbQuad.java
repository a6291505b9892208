package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/**
 * {@code RGBQUAD}: a nested {@link Bgr} color and a fourth byte. A palette entry (the byte is
 * reserved) and a 32-bit pixel (the byte is alpha, or unused).
 */
@BufferFormat("<T{<B:b:B:g:B:r:}:bgr:B:reserved:")
public interface RgbQuad {
  /** The color. */
  Bgr bgr();

  /** Reserved in a palette; alpha or unused in a 32-bit pixel. */
  int reserved();
}
