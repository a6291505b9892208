package dev.structview.zip;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.testing.Zips;
import dev.structview.zip.ZipFixtures.Listing;
import dev.structview.zip.ZipFixtures.Row;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every truncation and thousands of seeded random corruptions of small archives: each gives a
 * listing or a {@link ZipFormatException}, never another exception. A listing must be the
 * one {@code java.util.zip} reads from the same bytes, whenever it reads them.
 */
class ZipFuzzTest {
  private static final int CORRUPTIONS = 2000;

  @TempDir
  Path dir;

  @Test
  void everyTruncationIsMalformed() throws IOException {
    for (byte[] archive : List.of(Zips.small(), Zips.resource("zip64.zip"))) {
      for (int length = 0; length < archive.length; length++) {
        byte[] truncated = Arrays.copyOf(archive, length);
        assertThrows(ZipFormatException.class, () -> ZipFixtures.read(truncated), "first " + length + " bytes");
      }
      assertFalse(ZipFixtures.read(archive).entries().isEmpty(), "the whole archive reads");
    }
  }

  @Test
  void everyLossOfTheFirstBytesIsMalformed() throws IOException {
    for (byte[] archive : List.of(Zips.small(), Zips.resource("zip64-masked.zip"))) {
      for (int cut = 1; cut < archive.length; cut++) {
        byte[] tail = Arrays.copyOfRange(archive, cut, archive.length);
        assertThrows(ZipFormatException.class, () -> ZipFixtures.read(tail), "without the first " + cut + " bytes");
      }
    }
  }

  @Test
  void randomCorruptionsOfASmallArchive() throws IOException {
    corrupt(Zips.small(), new Random(20_251_121));
  }

  @Test
  void randomCorruptionsOfAZip64Archive() throws IOException {
    corrupt(Zips.resource("zip64-masked.zip"), new Random(64));
  }

  private void corrupt(byte[] archive, Random random) throws IOException {
    int compared = 0;
    int malformed = 0;
    Path file = Files.write(dir.resolve("corrupt.zip"), archive);
    // rewritten in place for each case: creating a file each time would take most of the test's time
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      for (int i = 0; i < CORRUPTIONS; i++) {
        byte[] bytes = corrupted(archive, random);
        try {
          Listing read = ZipFixtures.read(bytes);
          List<Row> ours = ZipFixtures.rows(read);
          channel.write(ByteBuffer.wrap(bytes), 0);
          compared += sameAsJavaUtilZip(file, read, ours, i, bytes) ? 1 : 0;
        } catch (ZipFormatException expected) {
          malformed++;
        } catch (RuntimeException e) {
          fail("case " + i + " threw " + e + " for " + HexFormat.of().formatHex(bytes), e);
        }
      }
    }
    assertTrue(compared > CORRUPTIONS / 10 && malformed > CORRUPTIONS / 10, compared + " compared with"
        + " java.util.zip, " + malformed + " malformed");
  }

  /** The archive with one to three bytes changed. */
  private static byte[] corrupted(byte[] archive, Random random) {
    byte[] bytes = archive.clone();
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      bytes[random.nextInt(bytes.length)] = interesting(random);
    }
    return bytes;
  }

  /** Bytes that make fields extreme or forge signatures, as well as any byte. */
  private static byte interesting(Random random) {
    byte[] special = {0, (byte) 0xff, 0x7f, (byte) 0x80, 'P', 'K', 1, 2, 3, 4, 5, 6, 7};
    return random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
  }

  /**
   * Returns whether java.util.zip read the file, after checking that it read what we did. It reads
   * names without flag bit 11 in CP437, so that every name decodes; those that are valid UTF-8 are
   * re-read as UTF-8, as {@link ZipText} reads them.
   */
  private static boolean sameAsJavaUtilZip(Path file, Listing archive, List<Row> ours, int i, byte[] bytes)
      throws IOException {
    List<Row> theirs;
    try {
      theirs = ZipFixtures.javaListing(file, Zips.CP437);
    } catch (ZipException | IllegalArgumentException stricterOrDifferent) {
      return false;
    }
    for (int e = 0; e < Math.min(theirs.size(), archive.entries().size()); e++) {
      if (!archive.entries().get(e).utf8()) {
        theirs.set(e, ZipFixtures.unflagged(theirs.get(e)));
      }
    }
    assertEquals(theirs, ours, () -> "case " + i + ": " + HexFormat.of().formatHex(bytes));
    return true;
  }
}
