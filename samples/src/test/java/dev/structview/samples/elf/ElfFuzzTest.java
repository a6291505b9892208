package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Truncated and corrupted ELF files: every one reads, or fails with a
 * {@link MalformedFileException} of one line. Nothing else may escape the reader: not an
 * exception from a view, not an out-of-memory from a hostile count.
 */
class ElfFuzzTest {
  private static final int CORRUPTIONS_PER_FILE = 1000;
  private static final int[] INTERESTING = {0x00, 0x01, 0x02, 0x7f, 0x80, 0xfe, 0xff, 0x40, 0x08};

  static Stream<String> fixtures() throws IOException {
    return FixturesTest.fixtures();
  }

  /** Each fixture ends with its section header table, so every proper prefix must fail. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void everyTruncationFailsCleanly(String name) throws IOException {
    byte[] file = Fixtures.named(name).bytes();
    for (int length = 0; length < file.length; length++) {
      byte[] prefix = Arrays.copyOf(file, length);
      MalformedFileException e = assertThrows(MalformedFileException.class,
          () -> ElfFile.read(ByteBuffer.wrap(prefix)), name + " cut to " + length + " bytes");
      assertOneLine(e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void randomCorruptionsReadOrFailCleanly(String name) throws IOException {
    byte[] file = Fixtures.named(name).bytes();
    int shoff = (int) ElfFile.read(ByteBuffer.wrap(file)).header().sectionHeaderOffset();
    Random random = new Random(name.hashCode());
    int read = 0;
    Set<String> failures = new HashSet<>();
    for (int i = 0; i < CORRUPTIONS_PER_FILE; i++) {
      byte[] corrupt = corrupt(file, shoff, random);
      try {
        ElfFile elf = ElfFile.read(ByteBuffer.wrap(corrupt));
        assertTrue(elf.sections().size() <= corrupt.length / 40, "more sections than could fit");
        read++;
      } catch (MalformedFileException e) {
        assertOneLine(e.getMessage());
        failures.add(e.getMessage().replaceAll("\\d+", "N")); // one kind of failure, whatever the numbers
      } catch (RuntimeException e) {
        throw new AssertionError(name + " corruption #" + i + " threw " + e + "; the file: "
            + HexFormat.of().formatHex(corrupt), e);
      }
    }
    // The corruptions reach past the first check: some files still read, and they fail in many ways.
    assertTrue(read > 0, "no corrupted file read");
    assertTrue(failures.size() >= 8, "only " + failures.size() + " kinds of failure: " + failures);
  }

  /**
   * One to four changes, mostly where the reader looks (the header, the section table) and mostly
   * to values that sit on boundaries; sometimes eight random bytes, as a whole 64-bit field.
   */
  private static byte[] corrupt(byte[] file, int shoff, Random random) {
    byte[] copy = file.clone();
    int changes = 1 + random.nextInt(4);
    for (int c = 0; c < changes; c++) {
      int roll = random.nextInt(10);
      int at = roll < 4 ? random.nextInt(64) : roll < 8 ? shoff + random.nextInt(file.length - shoff)
          : random.nextInt(file.length);
      if (random.nextInt(10) == 0) {
        for (int b = at; b < Math.min(at + 8, copy.length); b++) {
          copy[b] = (byte) random.nextInt();
        }
      } else {
        copy[at] = (byte) (random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : random.nextInt());
      }
    }
    return copy;
  }

  private static void assertOneLine(String message) {
    assertTrue(message != null && !message.isBlank(), "a message");
    assertFalse(message.contains("\n"), message);
  }
}
