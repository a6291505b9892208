package dev.structview.samples.bmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every kind of DIB header, told apart by its size, named, and its masks (alpha included) read
 * from where that kind puts them. Each image is two 32-bit pixels, or 24-bit where the header has
 * no masks, built byte by byte: the expected colors are the bytes written.
 */
class BmpHeadersTest {
  private static final int RED = 0x00FF_0000;
  private static final int GREEN = 0x0000_FF00;
  private static final int BLUE = 0x0000_00FF;
  private static final int ALPHA = 0xFF00_0000;
  /** Two BGRA pixels: (r 3, g 2, b 1, a 0x80) and (r 6, g 5, b 4, a 0xff). */
  private static final byte[] BGRA = {1, 2, 3, (byte) 0x80, 4, 5, 6, (byte) 0xff};
  /** Two BGR pixels, padded to 8 bytes. */
  private static final byte[] BGR = {1, 2, 3, 4, 5, 6, 0, 0};

  @Test
  void v3HeaderHasAnAlphaMask() {
    byte[] file = file(56, 32, Compression.BITFIELDS, new int[] {RED, GREEN, BLUE, ALPHA}, BGRA);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
      assertEquals("BITMAPV3INFOHEADER", bmp.headerName());
      assertEquals(Optional.of(0xFF00_0000L), bmp.alphaMask());
      assertTrue(bmp.colorSpace().isEmpty());
      QuadPixels pixels = (QuadPixels) bmp.pixels().orElseThrow();
      assertTrue(pixels.alpha());
      assertEquals(0x8003_0201, pixels.argb(0, 0));
      assertEquals(0xFF06_0504, pixels.argb(0, 1));
    }
    String shown = command(file);
    assertTrue(shown.contains("  info header  BITMAPV3INFOHEADER, 56 bytes"), shown);
    assertTrue(shown.contains("  bit masks    red 0x00ff0000, green 0x0000ff00, blue 0x000000ff, alpha 0xff000000"),
        shown);
    assertTrue(shown.contains("#80030201"), shown);
  }

  /** BI_ALPHABITFIELDS after a 40-byte header: four masks after it, then the pixels. */
  @Test
  void alphaBitFieldsFollowABitmapInfoHeader() {
    byte[] file = file(40, 32, Compression.ALPHABITFIELDS, new int[] {RED, GREEN, BLUE, ALPHA}, BGRA);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
      assertEquals("BITMAPINFOHEADER", bmp.headerName());
      assertEquals(Optional.of(0xFF00_0000L), bmp.alphaMask());
      assertEquals(0x8003_0201, ((QuadPixels) bmp.pixels().orElseThrow()).argb(0, 0));
    }
  }

  @Test
  void v2HeaderHasColorMasksAndNoAlpha() {
    byte[] file = file(52, 32, Compression.BITFIELDS, new int[] {RED, GREEN, BLUE}, BGRA);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
      assertEquals("BITMAPV2INFOHEADER", bmp.headerName());
      assertEquals(BLUE, bmp.masks().orElseThrow().blue());
      assertTrue(bmp.alphaMask().isEmpty());
      QuadPixels pixels = (QuadPixels) bmp.pixels().orElseThrow();
      assertFalse(pixels.alpha());
      assertEquals(0x03_0201, pixels.rgb(0, 0));
    }
  }

  /** BITMAPINFOHEADER with BI_BITFIELDS has three masks and no alpha: the fourth byte is unused. */
  @Test
  void bitFieldsAfterABitmapInfoHeaderHaveNoAlpha() {
    byte[] file = file(40, 32, Compression.BITFIELDS, new int[] {RED, GREEN, BLUE}, BGRA);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
      assertTrue(bmp.alphaMask().isEmpty());
      assertEquals(0xFF03_0201, ((QuadPixels) bmp.pixels().orElseThrow()).argb(0, 0));
    }
  }

  @Test
  void v4AndV5HeadersHaveMasksThenAColorSpace() {
    for (int size : new int[] {108, 124}) {
      byte[] file = file(size, 32, Compression.BITFIELDS, new int[] {RED, GREEN, BLUE, ALPHA, 0x7352_4742}, BGRA);
      try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
        assertEquals(size == 108 ? "BITMAPV4HEADER" : "BITMAPV5HEADER", bmp.headerName());
        assertEquals(Optional.of(0xFF00_0000L), bmp.alphaMask());
        assertEquals("sRGB", bmp.colorSpace().orElseThrow().typeName());
        assertEquals(0x8003_0201, ((QuadPixels) bmp.pixels().orElseThrow()).argb(0, 0));
      }
    }
  }

  /** The 64-byte OS/2 header's later fields are not masks, and its compression 3 is Huffman, not bit fields. */
  @Test
  void os2HeadersHaveNoMasks() {
    byte[] file = file(64, 24, Compression.RGB, new int[] {RED, GREEN, BLUE, ALPHA}, BGR);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(file))) {
      assertEquals("BITMAPINFOHEADER2 (OS/2 2.x)", bmp.headerName());
      assertTrue(bmp.masks().isEmpty());
      assertTrue(bmp.alphaMask().isEmpty());
      assertEquals(0x03_0201, bmp.pixels().orElseThrow().rgb(0, 0));
    }
    byte[] huffman = file(64, 1, 3, new int[0], new byte[8]);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(huffman))) {
      assertEquals("Huffman 1D (OS/2)", bmp.compressionName());
      assertEquals("Huffman 1D (OS/2) pixels are compressed", bmp.whyNoPixels());
    }
    byte[] short16 = file(16, 24, Compression.RGB, new int[0], BGR);
    try (Bitmap bmp = Bitmap.read(ByteBuffer.wrap(short16))) {
      assertEquals("BITMAPINFOHEADER2 (OS/2 2.x, 16 bytes)", bmp.headerName());
      assertEquals(0x06_0504, bmp.pixels().orElseThrow().rgb(0, 1));
    }
  }

  /** The 12-byte core header: 16-bit dimensions; 24-bit pixels are viewed, RGBTRIPLE palettes counted. */
  @Test
  void coreHeader() {
    ByteBuffer b = start(12, 14 + 12, 14 + 12 + BGR.length);
    b.putShort((short) 2).putShort((short) 1).putShort((short) 1).putShort((short) 24).put(BGR);
    try (Bitmap bmp = Bitmap.read(b.clear())) {
      assertEquals("BITMAPCOREHEADER", bmp.headerName());
      assertEquals(2, bmp.info().width());
      assertEquals(0x03_0201, bmp.pixels().orElseThrow().rgb(0, 0));
    }
    ByteBuffer indexed = start(12, 14 + 12 + 6, 14 + 12 + 6 + 4);
    indexed.putShort((short) 2).putShort((short) 1).putShort((short) 1).putShort((short) 1)
        .put(new byte[] {0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff}).put((byte) 0x40);
    try (Bitmap bmp = Bitmap.read(indexed.clear())) {
      assertEquals(2, bmp.paletteColors());
      assertTrue(bmp.whyNoPixels().contains("RGBTRIPLE"), bmp.whyNoPixels());
    }
  }

  /** A 2 x 1 image: file header, a {@code size}-byte header (masks at offset 54 where they fit), pixels. */
  private static byte[] file(int headerSize, int bits, long compression, int[] masks, byte[] pixels) {
    int separate = headerSize == 40 && compression == Compression.BITFIELDS ? 12
        : headerSize == 40 && compression == Compression.ALPHABITFIELDS ? 16 : 0;
    int headerEnd = 14 + headerSize + separate;
    ByteBuffer b = start(headerSize, headerEnd, headerEnd + pixels.length);
    b.putInt(2).putInt(1).putShort((short) 1).putShort((short) bits);
    if (headerSize > 16) {
      b.putInt((int) compression).putInt(pixels.length).putInt(2835).putInt(2835).putInt(0).putInt(0);
    }
    for (int i = 0; i < masks.length && b.position() + 4 <= headerEnd; i++) {
      b.putInt(masks[i]);
    }
    b.position(headerEnd).put(pixels);
    return b.array();
  }

  /** The file header and the info header's size field. */
  private static ByteBuffer start(int headerSize, int pixelsAt, int fileSize) {
    ByteBuffer b = ByteBuffer.allocate(fileSize).order(ByteOrder.LITTLE_ENDIAN);
    return b.put((byte) 'B').put((byte) 'M').putInt(fileSize).putInt(0).putInt(pixelsAt).putInt(headerSize);
  }

  private static String command(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BmpCommand.print("v3.bmp", ByteBuffer.wrap(file), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
