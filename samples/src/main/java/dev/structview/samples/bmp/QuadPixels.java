package dev.structview.samples.bmp;

import dev.structview.view.RecordArray;
import java.util.Arrays;

/**
 * 32-bit pixels: a 2-D array of {@link RgbQuad} records (blue, green, red, then alpha or an unused
 * byte), rows x width, rows top first.
 *
 * @param grid the records; {@code grid.get(y, x).bgr()} is the color {@code y} rows from the top
 * @param alpha whether the fourth byte is alpha (a V4/V5 header or BI_ALPHABITFIELDS says so)
 */
public record QuadPixels(RecordArray<RgbQuadView> grid, boolean alpha) implements PixelGrid {
  @Override
  public long height() {
    return grid.shape()[0];
  }

  @Override
  public long width() {
    return grid.shape()[1];
  }

  @Override
  public int rgb(long y, long x) {
    return grid.get(y, x).bgr().rgb();
  }

  /** Returns a pixel as {@code 0xAARRGGBB}; alpha is 0xFF when the fourth byte is not alpha. */
  public int argb(long y, long x) {
    RgbQuad quad = grid.get(y, x);
    return (alpha ? quad.reserved() : 0xFF) << 24 | quad.bgr().rgb();
  }

  @Override
  public String describe() {
    return "RecordArray<RgbQuadView> " + Arrays.toString(grid.shape()) + ", strides "
        + Arrays.toString(grid.strides()) + (alpha ? ", with alpha" : "");
  }

  @Override
  public void close() {
    grid.close();
  }
}
