package dev.structview.samples.bmp;

import static dev.structview.samples.bmp.BmpBytes.buffer;
import static dev.structview.samples.bmp.BmpBytes.bytes;
import static dev.structview.samples.bmp.BmpBytes.image;
import static dev.structview.samples.bmp.BmpBytes.indexed8;
import static dev.structview.samples.bmp.BmpBytes.rgb24;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Broken and hostile BMP files: each fails with a message naming the structure, its offset and the problem. */
class BmpMalformedTest {
  private static String failure(ByteBuffer file) {
    return failure(bytes(file));
  }

  private static String failure(byte[] file) {
    return assertThrows(MalformedFileException.class, () -> Bitmap.read(buffer(file)).close()).getMessage();
  }

  /** A 24-bit 5 x 3 image with one little-endian field overwritten. */
  private static ByteBuffer with(int offset, int value, int size) {
    ByteBuffer b = rgb24(5, 3).order(ByteOrder.LITTLE_ENDIAN);
    return size == 2 ? b.putShort(offset, (short) value) : b.putInt(offset, value);
  }

  @Test
  void emptyShortAndForeignFiles() {
    assertEquals("the file is empty", failure(new byte[0]));
    assertEquals("BITMAPFILEHEADER at offset 0 needs 14 bytes, but the file ends at 2", failure("BM".getBytes()));
    assertEquals("not a BMP file: the BITMAPFILEHEADER at offset 0 starts with b'RI', not 'BM'",
        failure(Arrays.copyOf("RIFF".getBytes(), 60)));
  }

  @Test
  void infoHeadersTooSmallOrTooLarge() {
    assertEquals("info header's size field at offset 14 needs 4 bytes, but the file ends at 16",
        failure(Arrays.copyOf(bytes(rgb24(5, 3)), 16)));
    String sizes = " bytes, the size of no BMP info header; they have 12, 16, 40, 52, 56, 64, 108 or 124";
    assertEquals("info header at offset 14 declares 39" + sizes, failure(with(14, 39, 4)));
    assertEquals("info header at offset 14 declares 41" + sizes, failure(with(14, 41, 4)));
    assertEquals("info header at offset 14 declares 4294967295" + sizes, failure(with(14, -1, 4)));
    assertEquals("BITMAPV5HEADER at offset 14 needs 124 bytes, but the file ends at 102", failure(with(14, 124, 4)));
  }

  @Test
  void impossibleImages() {
    assertEquals("BITMAPINFOHEADER at offset 14 has width 0; it must be at least 1", failure(with(18, 0, 4)));
    assertEquals("BITMAPINFOHEADER at offset 14 has width -5; it must be at least 1", failure(with(18, -5, 4)));
    assertEquals("BITMAPINFOHEADER at offset 14 has height 0", failure(with(22, 0, 4)));
    assertEquals("BITMAPINFOHEADER at offset 14 has 2 planes; BMP files have 1", failure(with(26, 2, 2)));
    assertEquals("BITMAPINFOHEADER at offset 14 has 0 bits per pixel; BMP pixels have 1, 4, 8, 16, 24 or 32",
        failure(with(28, 0, 2)));
    assertEquals("BITMAPINFOHEADER at offset 14 is top-down (negative height) and BI_RLE8; top-down images cannot"
        + " be compressed", failure(image(4, -4, 8, Compression.RLE8, 0, 0, 16)));
  }

  @Test
  void dimensionsThatWouldNeedGigabytesOrOverflow() {
    assertEquals("pixel array at offset 54 needs 3 rows of 6442450944 bytes, but the file ends at 102",
        failure(with(18, Integer.MAX_VALUE, 4)));
    assertEquals("pixel array at offset 54 needs 2147483648 rows of 16 bytes, but the file ends at 102",
        failure(with(22, Integer.MIN_VALUE, 4)));
    ByteBuffer huge = with(18, Integer.MAX_VALUE, 4).putInt(22, Integer.MAX_VALUE);
    assertEquals("pixel array at offset 54 needs 2147483647 rows of 6442450944 bytes, but the file ends at 102",
        failure(huge));
  }

  @Test
  void pixelOffsetsOutsideTheirPlace() {
    assertEquals("BITMAPFILEHEADER at offset 0 puts the pixel array at offset 20, inside the headers, which end at 54",
        failure(with(10, 20, 4)));
    assertEquals("BITMAPFILEHEADER at offset 0 puts the pixel array at offset 4294967295, but the file ends at 102",
        failure(with(10, -1, 4)));
    assertEquals("BI_RLE8 pixel data at offset 54 needs 1000 bytes, but the file ends at 70",
        failure(image(4, 4, 8, Compression.RLE8, 0, 0, 16).putInt(34, 1000)));
  }

  @Test
  void palettesLongerThanTheirRoom() {
    assertEquals("BITMAPINFOHEADER at offset 14 declares 300 colors, but 8-bit pixels index at most 256",
        failure(image(4, 2, 8, Compression.RGB, 300, 300, 8)));
    assertEquals("palette of 20 colors at offset 54 needs 80 bytes, but the pixel array starts at 118",
        failure(indexed8(4, 2, 16).putInt(46, 20).array()));
  }

  @Test
  void anImpliedPaletteIsWhatFitsBeforeThePixels() {
    try (Bitmap bmp = Bitmap.read(buffer(bytes(indexed8(4, 2, 16).putInt(46, 0))))) {
      assertEquals(16, bmp.palette().length()); // 256 implied, 16 stored
    }
  }

  @Test
  void anIndexPastThePaletteNamesThePixel() {
    ByteBuffer file = indexed8(3, 2, 4); // pixels at 70: stored row 0 (the bottom one), then row 1 at 74
    file.put(70, (byte) 3).put(75, (byte) 9);
    try (Bitmap bmp = Bitmap.read(buffer(bytes(file)))) {
      PixelGrid pixels = bmp.pixels().orElseThrow();
      assertEquals(0x030303, pixels.rgb(1, 0));
      assertEquals("pixel (0, 1) at offset 75 has color index 9, but the palette holds 4 colors",
          assertThrows(MalformedFileException.class, () -> pixels.rgb(0, 1)).getMessage());
    }
  }

  @Test
  void unviewedKindsStillReportTheirHeaders() {
    try (Bitmap bmp = Bitmap.read(buffer(bytes(image(4, 4, 8, Compression.RLE8, 0, 0, 16))))) {
      assertTrue(bmp.pixels().isEmpty());
      assertEquals("BI_RLE8 pixels are compressed", bmp.whyNoPixels());
    }
    try (Bitmap bmp = Bitmap.read(buffer(bytes(image(4, 4, 16, Compression.RGB, 0, 0, 32))))) {
      assertEquals("16-bit BI_RGB pixels are not viewed by this sample", bmp.whyNoPixels());
    }
  }
}
