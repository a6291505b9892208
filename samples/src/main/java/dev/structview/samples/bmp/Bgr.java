package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/** A color as BMP files store it: blue, green, red; a 24-bit pixel. */
@BufferFormat("<B:b:B:g:B:r:")
public interface Bgr {
  /** Blue. */
  int b();

  /** Green. */
  int g();

  /** Red. */
  int r();

  /** The color as {@code 0xRRGGBB}, as {@code BufferedImage.getRGB} gives it without alpha. */
  default int rgb() {
    return r() << 16 | g() << 8 | b();
  }
}
