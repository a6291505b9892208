package dev.structview.samples.bmp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds small BMP files byte by byte, for the cases no writer produces. */
final class BmpBytes {
  private BmpBytes() {}

  /** A BITMAPINFOHEADER image: header, {@code palette} colors of 4 bytes, then {@code pixelBytes} bytes. */
  static ByteBuffer image(int width, int height, int bits, long compression, int colorsUsed, int palette,
      int pixelBytes) {
    int pixelOffset = 14 + 40 + 4 * palette;
    ByteBuffer b = ByteBuffer.allocate(pixelOffset + pixelBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'B').put((byte) 'M').putInt(b.capacity()).putInt(0).putInt(pixelOffset);
    b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) bits).putInt((int) compression)
        .putInt(pixelBytes).putInt(2835).putInt(2835).putInt(colorsUsed).putInt(0);
    for (int i = 0; i < palette; i++) {
      b.putInt(i * 0x010101);
    }
    return b.clear();
  }

  /** A 24-bit image of {@code width} x {@code height}, rows padded to 4 bytes. */
  static ByteBuffer rgb24(int width, int height) {
    return image(width, height, 24, Compression.RGB, 0, 0, (width * 3 + 3) / 4 * 4 * Math.abs(height));
  }

  /** An 8-bit image with a palette of {@code colors}. */
  static ByteBuffer indexed8(int width, int height, int colors) {
    return image(width, height, 8, Compression.RGB, colors, colors, (width + 3) / 4 * 4 * height);
  }

  /** The bytes of a buffer. */
  static byte[] bytes(ByteBuffer b) {
    return b.array().clone();
  }

  /** A read-only buffer over the bytes, as a mapped file is. */
  static ByteBuffer buffer(byte[] bytes) {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }
}
