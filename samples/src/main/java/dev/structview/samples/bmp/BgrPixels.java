package dev.structview.samples.bmp;

import dev.structview.view.RecordArray;
import java.util.Arrays;

/**
 * 24-bit pixels: a 2-D array of {@link Bgr} records, rows x width, rows top first.
 *
 * @param grid the records; {@code grid.get(y, x)} is the pixel {@code y} rows from the top
 */
public record BgrPixels(RecordArray<BgrView> grid) implements PixelGrid {
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
    return grid.get(y, x).rgb();
  }

  @Override
  public String describe() {
    return "RecordArray<BgrView> " + Arrays.toString(grid.shape()) + ", strides " + Arrays.toString(grid.strides());
  }

  @Override
  public void close() {
    grid.close();
  }
}
