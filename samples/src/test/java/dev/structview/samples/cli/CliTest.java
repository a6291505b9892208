package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: output, exit status, and one line on standard error for every failure. */
class CliTest {
  @TempDir
  Path dir;




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
    CliRun run = CliRun.of("dump", "--format", "<IhB", ticks.toString());
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
    CliRun run = CliRun.of("dump", "--format=<IhB", "--offset", "7", "--count", "2", ticks().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("2 records of \"<IhB\" (7 bytes each) from offset 7"), run.out());
    assertTrue(run.out().contains("  1      14  65536  -32768  255"), run.out());
    assertEquals(5, run.out().lines().count(), run.out());
  }

  @Test
  void dumpShowsStringsAndRepeatsAsPythonDoes() throws IOException {
    Path file = dir.resolve("mixed.bin");
    Files.write(file, new byte[] {'h', 'i', '\'', 0, 1, 2, (byte) 0xff, 0x7f});
    CliRun run = CliRun.of("dump", "--format", "<4s2B?b", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("  #  offset  4s          B[0]  B[1]     ?    b"), run.out());
    assertTrue(run.out().contains("  0       0  b\"hi'\\x00\"     1     2  True  127"), run.out());
  }

  @Test
  void badFilesAreOneLineAndStatusTwo() throws IOException {
    Path ticks = ticks();
    Path empty = Files.createFile(dir.resolve("empty.bin"));
    CliRun.of("dump", "--format", "<IhB", dir.resolve("missing.bin").toString())
        .failedWith(dir.resolve("missing.bin") + ": no such file");
    CliRun.of("dump", "--format", "<IhB", dir.toString()).failedWith(dir + ": cannot read: is a directory");
    CliRun.of("dump", "--format", "<IhB", empty.toString()).failedWith(empty + ": the file is empty");
    CliRun.of("dump", "--format", "<IhBx", ticks.toString()).failedWith(ticks + ": 35 bytes from offset 0 are not a "
        + "whole number of 8-byte records (4 records and 3 bytes); pass --count 4 to read the whole ones");
    CliRun.of("dump", "--format", "40s", ticks.toString()).failedWith(ticks + ": 35 bytes from offset 0 are not a "
        + "whole number of 40-byte records (0 records and 35 bytes); they hold no whole record");
    CliRun.of("dump", "--format", "<IhB", "--offset", "36", ticks.toString())
        .failedWith(ticks + ": --offset 36 is past the end of the file (35 bytes)");
    CliRun.of("dump", "--format", "<IhB", "--count", "6", ticks.toString())
        .failedWith(ticks + ": --count 6 asks for more records than the 5 whole 7-byte records from offset 0");
  }

  @Test
  void badArgumentsAreOneLineWithTheUsageAndStatusTwo() throws IOException {
    String usage = " (try structview dump --help)";
    String ticks = ticks().toString();
    CliRun.of("dump", ticks).failedWith("dump: --format is required, such as --format \"<IhB\"" + usage);
    CliRun.of("dump", "--format", "<IhZ", ticks).failedWith("dump: bad --format: bad char in struct format: 'Z' at index 3 "
        + "is not a format code; use one of x c b B ? h H i I l L q Q e f d s p" + usage);
    CliRun.of("dump", "--format", "<0i", ticks)
        .failedWith("dump: format \"<0i\" is 0 bytes long, so it holds no records" + usage);
    CliRun.of("dump", "--format", "<I", "--count", "many", ticks)
        .failedWith("dump: --count must be a whole number of at least 0, got \"many\"" + usage);
    CliRun.of("dump", "--format", "<I", "--count", "1", ticks, "more.bin")
        .failedWith("dump: expected one FILE, got 2: " + ticks + " more.bin" + usage);
    // Path.of("") is the current directory: it said "cannot read: is a directory".
    for (String command : new String[] {"zip", "elf", "wav", "npy", "npz", "bmp"}) {
      CliRun.of(command, "").failedWith(command + ": FILE is empty: name a file, or - for standard input"
          + " (try structview " + command + " --help)");
    }
  }

  @Test
  void oneRecordIsARecord() throws IOException {
    Path one = Files.write(dir.resolve("one.bin"), new byte[11]);
    CliRun.of("dump", "--format", "<Q", one.toString()).failedWith(one + ": 11 bytes from offset 0 are not a whole"
        + " number of 8-byte records (1 record and 3 bytes); pass --count 1 to read the whole ones");
    CliRun.of("dump", "--format", "<Q", "--count", "2", one.toString())
        .failedWith(one + ": --count 2 asks for more records than the 1 whole 8-byte record from offset 0");
    Path nine = Files.write(dir.resolve("nine.bin"), new byte[9]);
    CliRun.of("dump", "--format", "<Q", nine.toString()).failedWith(nine + ": 9 bytes from offset 0 are not a whole"
        + " number of 8-byte records (1 record and 1 byte); pass --count 1 to read the whole ones");
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("help");
    assertEquals(0, run.status());
    assertEquals(List.of("dump", "zip", "elf", "wav", "bmp", "npy", "npz"), commandNames());
  }

  @Test
  void noArgumentsRunTheDemo() {
    CliRun run = CliRun.of();
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("structview: "), run.out());
  }

  /** The commands {@code structview help} lists, from its "commands:" paragraph, without help itself. */
  static List<String> commandNames() {
    List<String> lines = CliRun.of("help").out().lines().toList();
    return lines.subList(lines.indexOf("commands:") + 1, lines.size()).stream().takeWhile(l -> !l.isEmpty())
        .map(l -> l.strip().split(" ")[0]).filter(name -> !name.equals("help")).toList();
  }
}
