package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code -} as FILE: every command reads standard input as it reads a file; {@code dump} streams
 * it, and reports a short end after the records before it; the others hold at most a bounded
 * amount. (The real {@link System#in}, a pipe, and a heap too small for the input: CommandLineIT.)
 */
class StandardInputTest {
  private static final String RESOURCES = "/dev/structview/samples/";

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"zip, zip64.zip", "elf, elf/little32.elf", "wav, wav/float32-stereo.wav",
      "bmp, bmp/topdown24.bmp", "dump, ticks.bin"})
  void everyCommandReadsStandardInputAsItReadsTheFile(String command, String resource) throws IOException {
    byte[] bytes = command.equals("zip") ? Zips.resource(resource) : resource(resource); // the shared ZIP fixtures
    Path file = Files.write(dir.resolve("input"), bytes);
    String[] options = command.equals("dump") ? new String[] {"--format", "<IhB"} : new String[0];
    CliRun fromFile = CliRun.of(concat(command, options, file.toString()));
    CliRun fromStdin = CliRun.withInput(bytes, concat(command, options, "-"));
    assertEquals(0, fromStdin.status(), fromStdin.err());
    String expected = fromFile.out().replace(file.toString(), "standard input");
    assertEquals(command.equals("dump") ? expected.replace("5 records of", "records of") : expected,
        fromStdin.out());
  }

  @Test
  void dumpPrintsTheWholeRecordsThenReportsAShortEnd() throws IOException {
    byte[] ticks = resource("ticks.bin");
    CliRun run = CliRun.withInput(ticks, "dump", "--format", "<IhBx", "-");
    assertEquals(Cli.FAILURE, run.status());
    assertTrue(run.out().startsWith("standard input: records of \"<IhBx\" (8 bytes each) from offset 0"), run.out());
    assertEquals(2 + 1 + 4, run.out().lines().count(), run.out()); // header, blank, column names, 4 records
    assertEquals("structview: standard input: 35 bytes from offset 0 are not a whole number of 8-byte records"
        + " (4 records and 3 bytes); pass --count 4 to read the whole ones" + System.lineSeparator(), run.err());
    CliRun counted = CliRun.withInput(ticks, "dump", "--format", "<IhBx", "--count", "4", "-");
    assertEquals(0, counted.status(), counted.err());
  }

  @Test
  void dumpSkipsToTheOffsetAndStopsAtTheCount() throws IOException {
    CliRun run = CliRun.withInput(resource("ticks.bin"), "dump", "--format", "<IhB", "--offset", "7",
        "--count", "2", "-");
    assertEquals(0, run.status(), run.err());
    assertEquals(String.join(System.lineSeparator(),
        "standard input: records of \"<IhB\" (7 bytes each) from offset 7",
        "",
        "  #  offset      I       h    B",
        "  0       7      2     500  128",
        "  1      14  65536  -32768  255",
        ""), run.out());
  }

  @Test
  void dumpFromStandardInputReportsWhatAFileWould() throws IOException {
    byte[] ticks = resource("ticks.bin");
    CliRun.withInput(new byte[0], "dump", "--format", "<I", "-").failedWith("standard input: it is empty");
    CliRun.withInput(ticks, "dump", "--format", "<I", "--offset", "36", "-")
        .failedWith("standard input: --offset 36 is past the end of standard input (35 bytes)");
    CliRun tooMany = CliRun.withInput(ticks, "dump", "--format", "<IhB", "--count", "6", "-");
    assertEquals(Cli.FAILURE, tooMany.status());
    assertEquals("structview: standard input: --count 6 asks for more records than the 5 whole 7-byte records"
        + " from offset 0" + System.lineSeparator(), tooMany.err());
    assertEquals(3 + 5, tooMany.out().lines().count(), tooMany.out());
  }

  @Test
  void dumpPrintsWideRecordsFromStandardInputALineEach() {
    byte[] bytes = new byte[3 * 40];
    Arrays.fill(bytes, (byte) 7);
    CliRun run = CliRun.withInput(bytes, "dump", "--format", "40B", "-");
    assertEquals(0, run.status(), run.err());
    String tuple = "(" + String.join(", ", java.util.Collections.nCopies(40, "7")) + ")";
    assertEquals(String.join(System.lineSeparator(),
        "standard input: records of \"40B\" (40 bytes each) from offset 0",
        "",
        "       #    offset  values", // sized for a million records, as the count is not known
        "       0         0  " + tuple,
        "       1        40  " + tuple,
        "       2        80  " + tuple,
        ""), run.out());
  }

  @Test
  void moreThanTheLimitIsRefusedWithWhatToDoInstead() throws IOException {
    InputStream four = new ByteArrayInputStream(new byte[] {1, 2, 3, 4});
    assertEquals(4, Input.of("zip", "-", four, 4).memory().byteSize());
    InputStream five = new ByteArrayInputStream(new byte[5]);
    Input.TooLargeException e = assertThrows(Input.TooLargeException.class, () -> Input.of("zip", "-", five, 4)
        .memory());
    assertEquals("more than 4 bytes came in; structview holds at most 4 bytes of standard input in memory, so save"
        + " it to a file and pass the file instead", e.getMessage());
    assertEquals("64 MiB", Input.mebibytes(Input.STDIN_LIMIT));
  }

  @Test
  void aRecordLargerThanTheLimitIsRefusedBeforeReading() {
    CliRun.withInput(new byte[8], "dump", "--format", "67108865x", "-").failedWith("standard input: a record of"
        + " 67108865 bytes is larger than the 64 MiB structview holds of standard input, so save it to a file and"
        + " pass the file instead");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StandardInputTest.class.getResourceAsStream(RESOURCES + name)) {
      return in.readAllBytes();
    }
  }

  private static String[] concat(String command, String[] options, String file) {
    String[] args = new String[options.length + 2];
    args[0] = command;
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file;
    return args;
  }
}
