package dev.structview.samples.bmp;

/**
 * The pixels of a bitmap, top row first whatever the file's row order: {@code rgb(y, x)} is the
 * pixel {@code y} rows from the top and {@code x} from the left, as {@code BufferedImage.getRGB(x, y)}.
 */
public sealed interface PixelGrid extends AutoCloseable permits BgrPixels, QuadPixels, IndexedPixels {
  /** The number of rows. */
  long height();

  /** The number of pixels in a row. */
  long width();

  /**
   * Returns a pixel as {@code 0xRRGGBB}.
   *
   * @throws IndexOutOfBoundsException if {@code y} or {@code x} is out of range
   * @throws dev.structview.samples.io.MalformedFileException if an indexed pixel names a color
   *     the palette does not have
   */
  int rgb(long y, long x);

  /** How the grid is viewed, for the report: {@code "RecordArray<BgrView> [3, 5], strides [-16, 3]"}. */
  String describe();

  /** Releases the views; {@link Bitmap#close()} does it for the grid it made. Idempotent. */
  @Override
  void close();
}
