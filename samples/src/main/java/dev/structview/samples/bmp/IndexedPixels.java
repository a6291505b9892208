package dev.structview.samples.bmp;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.util.Arrays;

/**
 * 8-bit pixels: a 2-D {@code 'B'} view of palette indices, rows x width, rows top first, and the
 * palette they index.
 *
 * @param indices {@code indices.get(y, x)} is the palette index {@code y} rows from the top
 * @param palette the color table
 * @param topRowOffset the offset in the file of the top row, to name a bad pixel's offset
 */
public record IndexedPixels(MemoryView indices, RecordArray<RgbQuadView> palette, long topRowOffset)
    implements PixelGrid {
  @Override
  public long height() {
    return indices.shape()[0];
  }

  @Override
  public long width() {
    return indices.shape()[1];
  }

  @Override
  public int rgb(long y, long x) {
    int index = (Integer) indices.get(y, x);
    if (index >= palette.length()) {
      long offset = topRowOffset + y * indices.strides()[0] + x; // the stride is negative for bottom-up rows
      throw new MalformedFileException("pixel (" + y + ", " + x + ") at offset " + offset + " has color index "
          + index + ", but the palette holds " + palette.length() + " colors");
    }
    return palette.get(index).bgr().rgb();
  }

  @Override
  public String describe() {
    return "MemoryView '" + indices.format() + "' " + Arrays.toString(indices.shape()) + ", strides "
        + Arrays.toString(indices.strides()) + ", indexing " + palette.length() + " colors";
  }

  @Override
  public void close() {
    indices.release();
  }
}
