package dev.structview.samples.wav;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds small WAV files byte by byte, for the cases no writer produces. */
final class WavBytes {
  private WavBytes() {}

  /** A chunk: id, size, body, and a pad byte after an odd body. */
  static byte[] chunk(String id, byte[] body) {
    return chunk(id, body.length, body);
  }

  /** A chunk declaring {@code size}, whatever the body's length. */
  static byte[] chunk(String id, long size, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(le((int) size));
    out.writeBytes(body);
    if (body.length % 2 == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  /** A RIFF WAVE file of these chunks, with the right size. */
  static byte[] riff(byte[]... chunks) {
    int size = 4;
    for (byte[] c : chunks) {
      size += c.length;
    }
    return riff(size, chunks);
  }

  /** A RIFF WAVE file of these chunks, declaring {@code size}. */
  static byte[] riff(long size, byte[]... chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(le((int) size));
    out.writeBytes("WAVE".getBytes(StandardCharsets.ISO_8859_1));
    for (byte[] c : chunks) {
      out.writeBytes(c);
    }
    return out.toByteArray();
  }

  /** A 16-byte {@code fmt } body. */
  static byte[] fmt(int tag, int channels, int rate, int blockAlign, int bits) {
    return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putShort((short) tag).putShort((short) channels)
        .putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits).array();
  }

  /** A 16-bit PCM {@code fmt } body. */
  static byte[] pcm16(int channels) {
    return fmt(1, channels, 8000, 2 * channels, 16);
  }

  /** A 40-byte WAVE_FORMAT_EXTENSIBLE {@code fmt } body. */
  static byte[] extensible(int channels, int bits, int extensionSize, int validBits, int subTag) {
    ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    b.put(fmt(0xFFFE, channels, 8000, channels * bits / 8, bits));
    b.putShort((short) extensionSize).putShort((short) validBits).putInt(0x3).putInt(subTag);
    b.put(new byte[] {0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xaa, 0, 0x38, (byte) 0x9b, 0x71});
    return b.array();
  }

  static byte[] le(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  /** A buffer over the bytes, read-only as a mapped file is. */
  static ByteBuffer buffer(byte[] bytes) {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }
}
