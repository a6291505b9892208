package dev.structview.samples.bmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.structview.io.MappedFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BMP files written by {@code javax.imageio} (bottom-up, rows padded to 4 bytes), read through the
 * 2-D record arrays and checked pixel by pixel against {@code BufferedImage.getRGB}.
 */
class BmpImageIoTest {
  @TempDir
  Path dir;

  /** Image types ImageIO writes as 24-bit and 8-bit BMP files, in widths that need every padding. */
  static Stream<Arguments> images() {
    return Stream.of(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_INDEXED)
        .flatMap(type -> IntStream.of(1, 2, 3, 5, 7, 13).boxed()
            .flatMap(width -> IntStream.of(1, 4).mapToObj(height -> Arguments.of(type, width, height))));
  }

  private Bitmap written(BufferedImage image) throws IOException {
    // Not closed: the bitmap reads the mapping, which the garbage collector unmaps after the test.
    return Bitmap.read(MappedFile.map(ImageIoFiles.write(image, dir.resolve("image.bmp"))).asByteBuffer());
  }

  @ParameterizedTest(name = "type {0}, {1} x {2}")
  @MethodSource("images")
  void everyPixelIsWhatImageIoReads(int type, int width, int height) throws IOException {
    BufferedImage image = ImageIoFiles.randomImage(type, width, height, type * 100L + width * 10L + height);
    try (Bitmap bmp = written(image)) {
      BufferedImage readBack = ImageIoFiles.read(dir.resolve("image.bmp"));
      PixelGrid pixels = bmp.pixels().orElseThrow();
      assertEquals(height, pixels.height());
      assertEquals(width, pixels.width());
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          assertEquals(readBack.getRGB(x, y) & 0xFFFFFF, pixels.rgb(y, x), "pixel (" + y + ", " + x + ")");
          assertEquals(image.getRGB(x, y) & 0xFFFFFF, pixels.rgb(y, x), "pixel (" + y + ", " + x + ")");
        }
      }
    }
  }

  @ParameterizedTest(name = "type {0}, {1} x {2}")
  @MethodSource("images")
  void bottomUpRowsAreANegativeStepOverPaddedRows(int type, int width, int height) throws IOException {
    try (Bitmap bmp = written(ImageIoFiles.randomImage(type, width, height, 1))) {
      boolean indexed = type == BufferedImage.TYPE_BYTE_INDEXED;
      long stride = ((indexed ? 8 : 24) * width + 31) / 32 * 4;
      assertEquals(stride, bmp.rowStride());
      assertFalse(bmp.topDown());
      assertEquals(indexed ? 256 : 0, bmp.palette().length());
      if (indexed) {
        IndexedPixels pixels = assertInstanceOf(IndexedPixels.class, bmp.pixels().orElseThrow());
        assertArrayEquals(new long[] {height, width}, pixels.indices().shape());
        assertArrayEquals(new long[] {-stride, 1}, pixels.indices().strides());
      } else {
        BgrPixels pixels = assertInstanceOf(BgrPixels.class, bmp.pixels().orElseThrow());
        assertArrayEquals(new long[] {height, width}, pixels.grid().shape());
        assertArrayEquals(new long[] {-stride, 3}, pixels.grid().strides());
        assertEquals(BgrView.FORMAT, pixels.grid().format());
        assertEquals(54 + (height - 1) * stride, pixels.grid().get(0, 0).recordOffset()); // the top row is stored last
      }
    }
  }
}
