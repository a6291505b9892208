package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: output, exit status, and one line on standard error for every failure. */
class CliTest {
  @TempDir
  Path dir;

  /** The streams and status of one run. */
  record Run(int status, String out, String err) {
    /** Asserts a failure: status 2, nothing but one line on standard error, starting with "structview: ". */
    void failedWith(String message) {
      assertEquals(Cli.FAILURE, status, err);
      assertEquals("structview: " + message + System.lineSeparator(), err);
    }
  }

  static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs the command line with {@code stdin} as standard input. */
  static Run runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path ticks() throws IOException {
    Path file = dir.resolve("ticks.bin");
    try (InputStream in = CliTest.class.getResourceAsStream("/dev/structview/samples/ticks.bin")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void dumpPrintsEveryRecordAsATable() throws IOException {
    Path ticks = ticks();
    Run run = run("dump", "--format", "<IhB", ticks.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(String.join(System.lineSeparator(),
        ticks + ": 5 records of \"<IhB\" (7 bytes each) from offset 0",
        "",
        "  #  offset           I       h    B",
        "  0       0           1      -2    3",
        "  1       7           2     500  128",
        "  2      14       65536  -32768  255",
        "  3      21  4294967295   32767    0",
        "  4      28  1234567890      -1   42",
        ""), run.out());
    assertEquals("", run.err());
  }

  @Test
  void dumpTakesAnOffsetAndACount() throws IOException {
    Run run = run("dump", "--format=<IhB", "--offset", "7", "--count", "2", ticks().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("2 records of \"<IhB\" (7 bytes each) from offset 7"), run.out());
    assertTrue(run.out().contains("  1      14  65536  -32768  255"), run.out());
    assertEquals(5, run.out().lines().count(), run.out());
  }

  @Test
  void dumpShowsStringsAndRepeatsAsPythonDoes() throws IOException {
    Path file = dir.resolve("mixed.bin");
    Files.write(file, new byte[] {'h', 'i', '\'', 0, 1, 2, (byte) 0xff, 0x7f});
    Run run = run("dump", "--format", "<4s2B?b", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("  #  offset  4s          B[0]  B[1]     ?    b"), run.out());
    assertTrue(run.out().contains("  0       0  b\"hi'\\x00\"     1     2  True  127"), run.out());
  }

  @Test
  void badFilesAreOneLineAndStatusTwo() throws IOException {
    Path ticks = ticks();
    Path empty = Files.createFile(dir.resolve("empty.bin"));
    run("dump", "--format", "<IhB", dir.resolve("missing.bin").toString())
        .failedWith(dir.resolve("missing.bin") + ": no such file");
    run("dump", "--format", "<IhB", dir.toString()).failedWith(dir + ": cannot read: is a directory");
    run("dump", "--format", "<IhB", empty.toString()).failedWith(empty + ": the file is empty");
    run("dump", "--format", "<IhBx", ticks.toString()).failedWith(ticks + ": 35 bytes from offset 0 are not a "
        + "whole number of 8-byte records (4 records and 3 bytes); pass --count 4 to read the whole ones");
    run("dump", "--format", "40s", ticks.toString()).failedWith(ticks + ": 35 bytes from offset 0 are not a "
        + "whole number of 40-byte records (0 records and 35 bytes); they hold no whole record");
    run("dump", "--format", "<IhB", "--offset", "36", ticks.toString())
        .failedWith(ticks + ": --offset 36 is past the end of the file (35 bytes)");
    run("dump", "--format", "<IhB", "--count", "6", ticks.toString())
        .failedWith(ticks + ": --count 6 asks for more records than the 5 whole 7-byte records from offset 0");
  }

  @Test
  void badArgumentsAreOneLineWithTheUsageAndStatusTwo() throws IOException {
    String usage = " (try structview dump --help)";
    String ticks = ticks().toString();
    run("dump", ticks).failedWith("dump: --format is required, such as --format \"<IhB\"" + usage);
    run("dump", "--format", "<IhZ", ticks).failedWith("dump: bad --format: bad char in struct format: 'Z' at index 3 "
        + "is not a format code; use one of x c b B ? h H i I l L q Q e f d s p" + usage);
    run("dump", "--format", "<0i", ticks)
        .failedWith("dump: format \"<0i\" is 0 bytes long, so it holds no records" + usage);
    run("dump", "--format", "<I", "--count", "many", ticks)
        .failedWith("dump: --count must be a whole number of at least 0, got \"many\"" + usage);
    run("dump", "--format", "<I", "--count", "1", ticks, "more.bin")
        .failedWith("dump: expected one FILE, got 2: " + ticks + " more.bin" + usage);
  }

  @Test
  void helpListsEveryCommand() {
    Run run = run("help");
    assertEquals(0, run.status());
    assertEquals(List.of("dump", "zip", "elf", "wav", "bmp", "npy", "npz"), commandNames());
  }

  @Test
  void noArgumentsRunTheDemo() {
    Run run = run();
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("structview: "), run.out());
  }

  /** The commands {@code structview help} lists, from its "commands:" paragraph, without help itself. */
  static List<String> commandNames() {
    List<String> lines = run("help").out().lines().toList();
    return lines.subList(lines.indexOf("commands:") + 1, lines.size()).stream().takeWhile(l -> !l.isEmpty())
        .map(l -> l.strip().split(" ")[0]).filter(name -> !name.equals("help")).toList();
  }
}
