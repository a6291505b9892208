package dev.structview.samples.wav;

import static dev.structview.samples.wav.WavBytes.buffer;
import static dev.structview.samples.wav.WavBytes.chunk;
import static dev.structview.samples.wav.WavBytes.pcm16;
import static dev.structview.samples.wav.WavBytes.riff;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every truncation of small WAV files, and thousands of seeded random corruptions, read and printed
 * in full: each gives a report or a {@link MalformedFileException}, nothing else, and quickly.
 */
class WavFuzzTest {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  private static final long[] EXTREMES = {0, 1, 2, 3, 0xFF, 0xFFFF, 0xFFFE, 0x7FFF_FFFF, 0x8000_0000L, 0xFFFF_FFFFL};

  private static List<byte[]> seeds() {
    byte[] afterData = riff(chunk("fmt ", pcm16(2)), chunk("data", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
        chunk("LIST", new byte[] {'I', 'N', 'F', 'O', 1}));
    return List.of(WavFixturesTest.bytes("float32-stereo.wav"), WavFixturesTest.bytes("extensible-pcm24.wav"),
        WavFixturesTest.bytes("streaming-pcm16.wav"), afterData);
  }

  /** Reads and prints; returns whether the file was accepted. */
  private static boolean readsCleanly(byte[] file) {
    try {
      WavCommand.print("fuzz.wav", buffer(file), NOWHERE);
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
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Random random = new Random(5);
      List<byte[]> seeds = seeds();
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
    int field = at % Math.min(64, file.length) & ~1; // the headers are in the first 64 bytes
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (random.nextBoolean() && field + 4 <= file.length) {
      b.putInt(field, (int) value);
    } else if (field + 2 <= file.length) {
      b.putShort(field, (short) value);
    }
  }
}
