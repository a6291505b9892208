package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/**
 * What a {@code BITMAPV4HEADER} (and V5) adds after the {@link BitMasks}: the alpha mask, the
 * color space, its three endpoints (a repeated nested {@link Xyz}, {@code CIEXYZTRIPLE}) and gammas.
 */
@BufferFormat("<I:alphaMask:I:type:3T{<i:x:i:y:i:z:}:endpoints:I:gammaRed:I:gammaGreen:I:gammaBlue:")
public interface ColorSpace {
  /** The bits of alpha in a pixel. */
  long alphaMask();

  /** {@code LCS_sRGB} ('sRGB' as a little-endian int), {@code LCS_CALIBRATED_RGB} (0), ... */
  long type();

  /** The red, green and blue endpoints, for calibrated RGB. */
  Xyz endpoints(int index);

  /** The red gamma, 16.16 fixed point. */
  long gammaRed();

  /** The green gamma, 16.16 fixed point. */
  long gammaGreen();

  /** The blue gamma, 16.16 fixed point. */
  long gammaBlue();

  /** The color space type as its four characters ({@code sRGB}, {@code Win }), or its number. */
  default String typeName() {
    long t = type();
    StringBuilder name = new StringBuilder();
    for (int shift = 24; shift >= 0; shift -= 8) {
      char c = (char) ((t >>> shift) & 0xff);
      if (c < 0x20 || c > 0x7e) {
        return t == 0 ? "calibrated RGB" : String.format("0x%08x", t);
      }
      name.append(c);
    }
    return name.toString();
  }
}
