package dev.structview.samples.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fuzzing for a reader of little-endian headers: every truncation of some seed files, and seeded
 * random corruptions (a random byte, or an extreme 16- or 32-bit value where a header field may
 * be), each of which must be read or refused with a {@link MalformedFileException}, nothing else.
 *
 * @param read reads a whole file and prints it, throwing what the reader throws
 * @param headerBytes how far into a file its header fields lie, where corruptions aim
 * @param extremes the field values to try beside random ones: sizes, counts and offsets at edges
 */
public record HeaderFuzzing(Consumer<ByteBuffer> read, int headerBytes, long[] extremes) {
  /** Asserts that every truncation of every seed is read or refused cleanly, and each seed read. */
  public void everyTruncation(List<byte[]> seeds) {
    for (byte[] seed : seeds) {
      for (int length = 0; length <= seed.length; length++) {
        readsCleanly(Arrays.copyOf(seed, length));
      }
      assertTrue(readsCleanly(seed), "a seed file was refused");
    }
  }

  /**
   * Asserts that {@code count} corruptions of the seeds (one to three each) are read or refused
   * cleanly within 20 s, and that neither outcome is rare: corruptions that never pass the header
   * checks would test nothing behind them.
   */
  public void randomCorruptions(List<byte[]> seeds, int count, long seed) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Random random = new Random(seed);
      int accepted = 0;
      for (int i = 0; i < count; i++) {
        byte[] file = seeds.get(i % seeds.size()).clone();
        for (int m = random.nextInt(3); m >= 0; m--) {
          corrupt(file, random);
        }
        accepted += readsCleanly(file) ? 1 : 0;
      }
      assertTrue(accepted > count / 10 && accepted < count * 9 / 10, "accepted " + accepted + " of " + count);
    });
  }

  /** Reads {@code file}; returns whether it was accepted. */
  private boolean readsCleanly(byte[] file) {
    try {
      read.accept(ByteBuffer.wrap(file).asReadOnlyBuffer()); // as a mapped file is
      return true;
    } catch (MalformedFileException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError("not a MalformedFileException for " + Arrays.toString(file), e);
    }
  }

  private void corrupt(byte[] file, Random random) {
    int at = random.nextInt(file.length);
    if (random.nextBoolean()) {
      file[at] = (byte) random.nextInt(256);
      return;
    }
    long value = random.nextInt(4) == 0 ? random.nextInt() : extremes[random.nextInt(extremes.length)];
    int field = at % Math.min(headerBytes, file.length) & ~1;
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (random.nextBoolean() && field + 4 <= file.length) {
      b.putInt(field, (int) value);
    } else if (field + 2 <= file.length) {
      b.putShort(field, (short) value);
    }
  }
}
