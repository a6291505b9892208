package dev.structview.samples.bmp;

import static dev.structview.samples.bmp.BmpBytes.buffer;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every truncation of small BMP files, and thousands of seeded random corruptions, read and printed
 * in full (headers, palette, pixels, preview): each gives a report or a
 * {@link MalformedFileException}, nothing else, and quickly.
 */
class BmpFuzzTest {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  private static final long[] EXTREMES = {0, 1, 2, 3, 8, 12, 24, 32, 40, 124, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000L,
      0xFFFF_FFFFL};

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

  /** Reads and prints; returns whether the file was accepted. */
  private static boolean readsCleanly(byte[] file) {
    try {
      BmpCommand.print("fuzz.bmp", buffer(file), NOWHERE);
      return true;
    } catch (MalformedFileException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError("not a MalformedFileException for " + Arrays.toString(file), e);
    }
  }

  @Test
  void everyTruncationIsReadOrRefusedCleanly() {
    for (byte[] seed : seeds()) {
      for (int length = 0; length <= seed.length; length++) {
        readsCleanly(Arrays.copyOf(seed, length));
      }
      assertTrue(readsCleanly(seed));
    }
  }

  @Test
  void randomCorruptionsAreReadOrRefusedCleanly() {
    List<byte[]> seeds = seeds();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Random random = new Random(5);
      int accepted = 0;
      int corruptions = 4000;
      for (int i = 0; i < corruptions; i++) {
        byte[] file = seeds.get(i % seeds.size()).clone();
        for (int m = random.nextInt(3); m >= 0; m--) {
          corrupt(file, random);
        }
        accepted += readsCleanly(file) ? 1 : 0;
      }
      assertTrue(accepted > corruptions / 10 && accepted < corruptions * 9 / 10, "accepted " + accepted);
    });
  }

  /** Flips a byte, or writes an extreme 16- or 32-bit value where a header field may be. */
  private static void corrupt(byte[] file, Random random) {
    int at = random.nextInt(file.length);
    if (random.nextBoolean()) {
      file[at] = (byte) random.nextInt(256);
      return;
    }
    long value = random.nextInt(4) == 0 ? random.nextInt() : EXTREMES[random.nextInt(EXTREMES.length)];
    int field = at % Math.min(70, file.length) & ~1; // the headers are in the first 70 bytes (138 for V5)
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (random.nextBoolean() && field + 4 <= file.length) {
      b.putInt(field, (int) value);
    } else if (field + 2 <= file.length) {
      b.putShort(field, (short) value);
    }
  }
}
