package dev.structview.samples.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "saved" column is {@code unzip -v}'s "Cmpr" column, digit for digit and sign for sign.
 * {@link #recordedFromUnzip} runs everywhere, on values Info-ZIP UnZip 6.00 (Debian) printed for
 * archives crafted with those sizes. {@link #agreesWithUnzipOnEveryRow} runs {@code unzip -v} itself
 * when it is on the PATH, and is skipped otherwise: it crafts an archive of 600 entries of varied
 * sizes (the data is zeros, declared deflated: a listing never inflates it), lists it with both, and
 * compares every row and the total.
 */
class SavedColumnTest {
  private static final int LOCAL_HEADER = 30;
  private static final int CENTRAL_HEADER = 46;
  private static final int ENCRYPTED = 1;

  @TempDir
  Path dir;

  /** One entry: its stored bytes, its declared uncompressed size, its general-purpose flags. */
  private record Sizes(int compressed, long size, int flags) {}

  @ParameterizedTest(name = "{0} compressed of {1} bytes, flags {2}: {3}")
  @CsvSource({
      "48, 88, 0, 46%", // 45.45%: 455 per mille, rounded up again
      "2087, 2037, 0, -3%", // -2.45%: -25 per mille
      "1003, 1000, 0, -0%", // grew by less than 0.5%
      "1005, 1000, 0, -1%",
      "200, 100, 0, 100%", // doubled: -1000 per mille shows without its sign
      "199, 100, 0, -99%",
      "300, 100, 0, -200%",
      "995, 1000, 0, 1%",
      "996, 1000, 0, 0%",
      "1, 0, 0, 0%", // an empty entry saves nothing, whatever it takes
      "0, 5, 0, 100%",
      "10, 2000001, 0, 100%", // above 2,000,000 bytes, per mille of size / 1000
      "2000100, 2000001, 0, 0%",
      "1500, 3000000, 0, 100%",
      "100, 88, 1, 0%", // encrypted: the 12-byte header is not counted
      "12, 0, 1, 0%",
      "8, 81, 1, 169677825%", // and unsigned arithmetic wraps when the header is larger than the entry
      "5, 3, 1, -143165243%"})
  void recordedFromUnzip(int compressed, long size, int flags, String unzip) {
    assertEquals(unzip, ZipCommand.saved((flags & ENCRYPTED) != 0 ? compressed - 12L : compressed, size));
  }

  @Test
  void agreesWithUnzipOnEveryRow() throws IOException, InterruptedException {
    List<Sizes> entries = variedSizes(new Random(7), 600);
    Path archive = Files.write(dir.resolve("sizes.zip"), archive(entries));
    List<String> unzip = unzip(archive);
    List<String> lines = ZipCommandTest.run("zip", archive.toString()).out().lines().toList();
    List<String> rows = lines.subList(3, 3 + entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String[] unzipRow = unzip.get(3 + i).trim().split(" +");
      String saved = Arrays.stream(rows.get(i).trim().split(" +")).filter(cell -> cell.endsWith("%")).findFirst()
          .orElseThrow();
      assertEquals(unzipRow[3], saved, "entry " + i + ": " + entries.get(i) + "\n" + unzip.get(3 + i));
    }
    String[] unzipTotal = unzip.get(unzip.size() - 1).trim().split(" +");
    String total = lines.get(lines.size() - 1);
    assertEquals(unzipTotal[2] + " saved", total.substring(total.lastIndexOf(", ") + 2), total);
  }

  /** Sizes around every rounding boundary: small, near 2,000,000, shrunk, grown, encrypted. */
  private static List<Sizes> variedSizes(Random random, int count) {
    List<Sizes> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long size = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(50);
        case 1 -> random.nextInt(5000);
        case 2 -> random.nextInt(10_000_000);
        default -> 1_999_000 + random.nextInt(2000);
      };
      long grownOrShrunk = (long) (size * random.nextDouble() * 2.2) + random.nextInt(7) - 3;
      int compressed = (int) Math.min(30_000, Math.max(0, grownOrShrunk));
      entries.add(new Sizes(compressed, size, random.nextInt(20) == 0 ? ENCRYPTED : 0));
    }
    return entries;
  }

  /** A ZIP archive of the entries, each declared deflated with its sizes, its data all zeros. */
  private static byte[] archive(List<Sizes> entries) {
    int data = 0;
    int directory = 0;
    for (int i = 0; i < entries.size(); i++) {
      data += LOCAL_HEADER + name(i).length + entries.get(i).compressed();
      directory += CENTRAL_HEADER + name(i).length;
    }
    ByteBuffer zip = ByteBuffer.allocate(data + directory + 22).order(ByteOrder.LITTLE_ENDIAN);
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Sizes e = entries.get(i);
      offsets.add(zip.position());
      zip.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags()).putShort((short) 8).putInt(0x00210000)
          .putInt(0).putInt(e.compressed()).putInt((int) e.size()).putShort((short) name(i).length).putShort((short) 0)
          .put(name(i)).position(zip.position() + e.compressed());
    }
    for (int i = 0; i < entries.size(); i++) {
      Sizes e = entries.get(i);
      zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) e.flags()).putShort((short) 8)
          .putInt(0x00210000).putInt(0).putInt(e.compressed()).putInt((int) e.size())
          .putShort((short) name(i).length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putInt(0).putInt(offsets.get(i)).put(name(i));
    }
    zip.putInt(0x06054b50).putInt(0).putShort((short) entries.size()).putShort((short) entries.size())
        .putInt(directory).putInt(data).putShort((short) 0);
    return zip.array();
  }

  private static byte[] name(int index) {
    return ("e" + index).getBytes(StandardCharsets.US_ASCII);
  }

  /** What {@code unzip -v} prints, by line; skips the test where unzip is not on the PATH. */
  private static List<String> unzip(Path archive) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("unzip", "-v", archive.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      assumeTrue(false, "unzip is not on the PATH: " + e.getMessage());
      throw e;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertEquals(0, process.waitFor(1, TimeUnit.MINUTES) ? process.exitValue() : -1, out);
    return out.lines().toList();
  }
}
