package dev.structview.samples.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.Memory;
import dev.structview.samples.cli.Cli;
import dev.structview.testing.Zips;
import dev.structview.testing.Zips.Item;
import dev.structview.zip.ZipArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code structview zip FILE} through the command line: listings, and one line and status 2 for bad files. */
class ZipCommandTest {
  @TempDir
  Path dir;

  /** The streams and status of one run. */
  record Run(int status, String out, String err) {
    void failed(String startOfMessage) {
      assertEquals(Cli.FAILURE, status, err);
      assertEquals("", out);
      assertEquals(1, err.lines().count(), err);
      assertTrue(err.startsWith("structview: " + startOfMessage), err);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void listsEveryEntryOfARealJar() throws IOException {
    Path jar = Zips.realJars().stream().max(Comparator.comparingLong(ZipCommandTest::size)).orElseThrow();
    Run run = run("zip", jar.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertTrue(run.out().startsWith(jar + ": " + zip.size() + " entries, central directory at offset "), run.out());
      for (ZipEntry e : zip.stream().toList()) {
        assertTrue(run.out().contains(String.format("  %08x  ", e.getCrc())), e.getName());
        assertTrue(run.out().contains("  " + e.getName() + System.lineSeparator()), e.getName());
      }
      assertTrue(run.out().contains(zip.size() + " entries: "), run.out());
    }
  }

  private static long size(Path file) {
    return file.toFile().length();
  }

  @Test
  void listingOfAWrittenArchive() throws IOException {
    byte[] bytes = Zips.write("two\nlines", Item.stored("a.txt", "hello"),
        Item.deflated("esc\u001b[31m.txt", "x".repeat(100)));
    Path file = Zips.file(dir, "two.zip", bytes);
    Run run = run("zip", file.toString());
    assertEquals(0, run.status(), run.err());
    String modified = ZipArchive.of(Memory.of(bytes)).entries().findFirst().orElseThrow().modified().toString();
    assertEquals(String.join(System.lineSeparator(),
        file + ": 2 entries, central directory at offset 104 (109 bytes), no ZIP64",
        "comment: \"two^Jlines\"",
        "",
        "  offset  method    compressed  size  saved  CRC-32    modified             name",
        "       0  stored             5     5     0%  3610a686  " + modified + "  a.txt",
        "      40  deflated           6   100    94%  5e0e5d8f  " + modified + "  esc^[[31m.txt",
        "",
        "  2 entries: 105 bytes, 11 compressed, 90% saved",
        ""), run.out());
  }

  @Test
  void badFilesGiveOneLineAndStatus2() throws IOException {
    run("zip", dir.resolve("missing.zip").toString()).failed(dir.resolve("missing.zip") + ": no such file");
    run("zip", dir.toString()).failed(dir + ": cannot read: is a directory");
    Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
    run("zip", empty.toString()).failed(empty + ": the file is empty, not a ZIP archive");
    byte[] noise = new byte[4096];
    new Random(2).nextBytes(noise);
    Path random = Files.write(dir.resolve("random.zip"), noise);
    run("zip", random.toString()).failed(random + ": no end-of-central-directory record");
    byte[] jar = Files.readAllBytes(Zips.realJars().get(0));
    Path truncated = Files.write(dir.resolve("truncated.jar"), Arrays.copyOf(jar, jar.length / 2));
    run("zip", truncated.toString()).failed(truncated + ": no end-of-central-directory record");
  }

  @Test
  void usageErrors() {
    run("zip").failed("zip: expected one FILE, got none (try structview zip --help)");
    run("zip", "a.zip", "b.zip").failed("zip: expected one FILE, got 2: a.zip b.zip");
  }
}
