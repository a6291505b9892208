package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Help and version on demand (standard output, status 0), and a pointer to them on a mistake
 * (one line on standard error, status 2), with the command or option meant when it is close.
 */
class HelpTest {
  @Test
  void helpListsEachCommandWithItsSummary() {
    CliRun run = CliRun.of("help");
    assertEquals(0, run.status());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("usage: structview [-h | --help] [-V | --version] COMMAND [OPTIONS] FILE"),
        run.out());
    for (Command c : commands()) {
      assertTrue(run.out().lines().anyMatch(l -> l.matches("  " + c.name() + " +\\Q" + c.summary() + "\\E")),
          run.out());
    }
    assertEquals(run, CliRun.of("--help"));
    assertEquals(run, CliRun.of("-h"));
  }

  @Test
  void helpCommandAndCommandHelpPrintTheSameUsage() {
    CliRun run = CliRun.of("help", "dump");
    assertEquals(0, run.status());
    assertEquals("", run.err());
    assertEquals(String.join(System.lineSeparator(),
        "usage: structview dump --format FMT [--offset N] [--count N] FILE",
        "",
        "Print a file's records in a struct format, as iter_unpack reads them.",
        "",
        "options:",
        "  --format FMT  the records' struct format, such as \"<IhB\" (required)",
        "  --offset N    start N bytes in (decimal, or hexadecimal after 0x); default 0",
        "  --count N     print N records; default all, which must then end where the input ends",
        "  -h, --help    print this help",
        "",
        "FILE is a path, or - to read standard input, a record at a time as it comes.",
        "A pipe or device (/dev/stdin, <(...), a FIFO) is read as standard input is, as it comes.",
        "",
        "example:",
        "  structview dump --format \"<IhB\" --offset 7 --count 2 ticks.bin",
        ""), run.out()); // the one golden help text; the others are checked for their parts
    assertEquals(run, CliRun.of("dump", "--help"));
    assertEquals(run, CliRun.of("dump", "-h"));
    assertEquals(run, CliRun.of("dump", "--format", "<I", "--help", "--bogus"));
  }

  @Test
  void everyCommandsHelpHasItsSynopsisOptionsAndAnExampleThatParses() {
    for (Command c : commands()) {
      CliRun run = CliRun.of(c.name(), "--help");
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().startsWith("usage: structview " + c.name() + " " + c.arguments()), run.out());
      c.options().forEach(o -> assertTrue(run.out().contains("  --" + o.name() + " " + o.value()), run.out()));
      assertTrue(run.out().contains("FILE is a path, or - to read standard input"), run.out());
      List<String> example = Arrays.asList(c.example().replace("\"", "").split(" "));
      assertEquals(List.of("structview", c.name()), example.subList(0, 2), c.example());
      Set<String> names = new HashSet<>();
      c.options().forEach(o -> names.add(o.name()));
      Args.parse(c.name(), example.subList(2, example.size()), names).input(); // no usage error
    }
    CliRun help = CliRun.of("help", "help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("usage: structview help [COMMAND]"), help.out());
  }

  @Test
  void aMistypedCommandGetsTheOneMeant() {
    CliRun.of("dupm", "x").failedWith("'dupm' is not a command. Did you mean 'dump'?");
    CliRun.of("Zip", "x").failedWith("'Zip' is not a command. Did you mean 'zip'?");
    CliRun.of("help", "elv").failedWith("'elv' is not a command. Did you mean 'elf'?");
    CliRun.of("nyp", "x").failedWith("'nyp' is not a command. Did you mean 'npy'?");
    CliRun.of("hlep").failedWith("'hlep' is not a command. Did you mean 'help'?");
    CliRun.of("frob").failedWith("'frob' is not a command; the commands are dump, zip, elf, wav, bmp, npy, npz, help"
        + " (try structview help)");
    CliRun.of("help", "dump", "zip")
        .failedWith("help: expected at most one COMMAND, got 2: dump zip (try structview help help)");
  }

  @Test
  void usageErrorsPointAtTheCommandsHelp() {
    CliRun.of("dump", "--fromat", "<I", "f").failedWith("dump: unknown option --fromat; did you mean --format?"
        + " (try structview dump --help)");
    CliRun.of("elf", "-x", "f").failedWith("elf: unknown option -x; elf takes no options"
        + " (try structview elf --help)");
    CliRun.of("wav").failedWith("wav: expected one FILE, got none (try structview wav --help)");
  }

  @Test
  void versionFromClassesSaysItIsUnknownAndWhy() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status());
    assertEquals("structview (version unknown: not run from a built jar, so there is no manifest)"
        + System.lineSeparator(), run.out()); // from the jar: VersionIT
    assertEquals(run, CliRun.of("-V"));
    assertEquals("structview 1.2.3", Version.line("1.2.3"));
  }

  @Test
  void mistakesBeforeTheCommandAreOneLineToo() {
    CliRun.of("--verison").failedWith("unknown option --verison; did you mean --version? (try structview help)");
    CliRun.of("-x").failedWith("unknown option -x; the options are -h, --help, -V and --version"
        + " (try structview help)");
    CliRun.of("--version", "dump").failedWith("--version takes no arguments, got dump (try structview help)");
  }

  private static List<Command> commands() {
    return List.of(new DumpCommand(), new dev.structview.samples.zip.ZipCommand(),
        new dev.structview.samples.elf.ElfCommand(), new dev.structview.samples.wav.WavCommand(),
        new dev.structview.samples.bmp.BmpCommand(), new dev.structview.samples.npy.NpyCommand(),
        new dev.structview.samples.npy.NpzCommand());
  }
}
