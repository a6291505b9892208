package dev.structview.samples.bmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Top-down BMP files written by CPython's struct ({@code gen_wav_bmp_fixtures.py}): a 24-bit
 * BITMAPINFOHEADER image and a 32-bit BITMAPV5HEADER one with alpha, checked against the pixels
 * CPython packed and against ImageIO's reader.
 */
class BmpFixturesTest {
  @TempDir
  Path dir;

  /** One line of {@code fixtures.tsv}: pixels top row first, {@code RRGGBB} or {@code AARRGGBB}. */
  record Fixture(String file, int width, int height, List<String> pixels) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Fixture> fixtures() {
    return new String(bytes("fixtures.tsv"), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(c -> new Fixture(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), List.of(c[3].split(","))))
        .collect(Collectors.toList());
  }

  static byte[] bytes(String resource) {
    try (InputStream in = BmpFixturesTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Bitmap read(String resource) {
    return Bitmap.read(ByteBuffer.wrap(bytes(resource)).asReadOnlyBuffer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyPixelIsWhatCPythonPacked(Fixture fixture) {
    try (Bitmap bmp = read(fixture.file())) {
      assertTrue(bmp.topDown());
      assertEquals(fixture.width(), bmp.info().width());
      assertEquals(fixture.height(), bmp.info().height());
      PixelGrid pixels = bmp.pixels().orElseThrow();
      for (int y = 0; y < -fixture.height(); y++) {
        for (int x = 0; x < fixture.width(); x++) {
          String expected = fixture.pixels().get(y * fixture.width() + x);
          int color = expected.length() == 8 ? ((QuadPixels) pixels).argb(y, x) : pixels.rgb(y, x);
          assertEquals(expected, String.format("%0" + expected.length() + "x", color), "pixel (" + y + ", " + x + ")");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void imageIoReadsTheSamePixels(Fixture fixture) throws IOException {
    BufferedImage image = ImageIoFiles.read(Files.write(dir.resolve(fixture.file()), bytes(fixture.file())));
    try (Bitmap bmp = read(fixture.file())) {
      PixelGrid pixels = bmp.pixels().orElseThrow();
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          assertEquals(image.getRGB(x, y) & 0xFFFFFF, pixels.rgb(y, x), "pixel (" + y + ", " + x + ")");
        }
      }
    }
  }

  @Test
  void topDownRowsArePositiveStridesOverPaddedRows() {
    try (Bitmap bmp = read("topdown24.bmp")) {
      BgrPixels pixels = assertInstanceOf(BgrPixels.class, bmp.pixels().orElseThrow());
      assertArrayEquals(new long[] {3, 5}, pixels.grid().shape());
      assertArrayEquals(new long[] {16, 3}, pixels.grid().strides());
      assertEquals(54, pixels.grid().get(0, 0).recordOffset());
    }
  }

  @Test
  void aV5HeaderIsReadByItsCommonPrefixAndItsColorSpace() {
    try (Bitmap bmp = read("topdown32-v5.bmp")) {
      assertEquals("BITMAPV5HEADER", bmp.headerName());
      assertEquals(124, bmp.info().headerSize());
      assertEquals(Compression.BITFIELDS, bmp.info().compression());
      assertEquals(0xFF0000, bmp.masks().orElseThrow().red());
      ColorSpace space = bmp.colorSpace().orElseThrow();
      assertEquals("sRGB", space.typeName());
      assertEquals(0xFF00_0000L, space.alphaMask());
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), List.of(space.endpoints(0).x(), space.endpoints(0).y(),
          space.endpoints(0).z(), space.endpoints(1).x(), space.endpoints(1).y(), space.endpoints(1).z(),
          space.endpoints(2).x(), space.endpoints(2).y(), space.endpoints(2).z()));
      QuadPixels pixels = assertInstanceOf(QuadPixels.class, bmp.pixels().orElseThrow());
      assertTrue(pixels.alpha());
      assertEquals(RgbQuadView.FORMAT, pixels.grid().format());
    }
  }
}
