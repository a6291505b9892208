package dev.structview.samples.bmp;


import dev.structview.samples.io.HeaderFuzzing;
import dev.structview.samples.io.MalformedFileException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every truncation of small BMP files, and thousands of seeded random corruptions, read and printed
 * in full (headers, palette, pixels, preview): each gives a report or a
 * {@link MalformedFileException}, nothing else, and quickly.
 */
class BmpFuzzTest {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  /** Reads and prints in full; the headers are in the first 70 bytes (138 for V5). */
  private static final HeaderFuzzing FUZZING = new HeaderFuzzing(file -> BmpCommand.print("fuzz.bmp", file, NOWHERE),
      70, new long[] {0, 1, 2, 3, 8, 12, 24, 32, 40, 124, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000L, 0xFFFF_FFFFL});

  @TempDir
  Path dir;

  private List<byte[]> seeds() {
    ByteBuffer paletted16 = BmpBytes.indexed8(5, 3, 16);
    for (int i = 0; i < 24; i++) {
      paletted16.put(118 + i, (byte) (i % 16));
    }
    return List.of(imageIo(BufferedImage.TYPE_3BYTE_BGR, 5, 3), imageIo(BufferedImage.TYPE_BYTE_INDEXED, 3, 2),
        BmpFixturesTest.bytes("topdown24.bmp"), BmpFixturesTest.bytes("topdown32-v5.bmp"), paletted16.array());
  }

  private byte[] imageIo(int type, int width, int height) {
    try {
      return Files.readAllBytes(ImageIoFiles.write(ImageIoFiles.randomImage(type, width, height, 3),
          dir.resolve("seed.bmp")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyTruncationIsReadOrRefusedCleanly() {
    FUZZING.everyTruncation(seeds());
  }

  @Test
  void randomCorruptionsAreReadOrRefusedCleanly() {
    FUZZING.randomCorruptions(seeds(), 4000, 5);
  }
}
