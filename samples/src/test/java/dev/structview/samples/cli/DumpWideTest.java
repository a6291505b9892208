package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code structview dump} of records with up to millions of values, run as a user runs it, in a
 * JVM of {@value #HEAP}: a 4 MB file prints in full, exactly as CPython prints the tuples
 * ({@code samples/src/test/python/gen_dump_wide.py} recorded the SHA-256 of its output), with no
 * stack trace and in memory that does not grow with the record.
 */
class DumpWideTest {
  /** A heap far smaller than the values of a record would take as objects (4 million Longs). */
  static final String HEAP = "-Xmx64m";
  private static final int SIZE = 4_000_000;
  private static Path file;

  @BeforeAll
  static void writeData() throws IOException {
    byte[] data = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      data[i] = (byte) (i * 131 + (i >> 8)); // as gen_dump_wide.py makes it
    }
    file = Files.write(Files.createTempFile("dump-wide", ".bin"), data);
  }

  @AfterAll
  static void deleteData() throws IOException {
    Files.deleteIfExists(file);
  }

  @TestFactory
  Stream<DynamicTest> printsAsCPythonPrintsTheTuplesInASmallHeap() throws IOException {
    return vectors().stream().map(cells -> DynamicTest.dynamicTest(cells[0] + " x " + cells[1], () -> check(
        cells[0], cells[1], cells[2], Long.parseLong(cells[3]))));
  }

  private static void check(String format, String count, String sha256, long length) throws Exception {
    Process process = new ProcessBuilder(java(), HEAP, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "dump", "--format", format, "--count", count, file.toString())
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long shown;
    try (InputStream out = process.getInputStream()) {
      skipHeading(out);
      shown = new DigestInputStream(out, digest).transferTo(OutputStream.nullOutputStream());
    }
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "dump did not finish");
    assertEquals(0, process.exitValue(), err);
    assertEquals("", err);
    assertEquals(length, shown, "bytes printed after the heading");
    assertEquals(sha256, HexFormat.of().formatHex(digest.digest()), "SHA-256 of what was printed");
  }

  /** The heading names the file, which differs from run to run: skip it and the blank line after it. */
  private static void skipHeading(InputStream out) throws IOException {
    int newlines = 0;
    while (newlines < 2) {
      int b = out.read();
      assertTrue(b >= 0, "the output ended in its heading");
      newlines += b == '\n' ? 1 : 0;
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String[]> vectors() throws IOException {
    try (InputStream in = DumpWideTest.class.getResourceAsStream("dump_wide.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
          .map(l -> l.split("\t")).collect(Collectors.toList());
    }
  }

}
