package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar and the launcher, run as a user runs them, after {@code package}: the version
 * from the build, the script's JAVA_HOME, JAVA_OPTS and arguments, and standard input as a pipe.
 */
class CommandLineIT {
  private static final Path TARGET = Path.of(System.getProperty("structview.target", "target"));
  private static final Path JAR = TARGET.resolve("structview.jar");
  private static final Path LAUNCHER = TARGET.resolve("structview");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  /** What a run printed, and its status. */
  record Run(int status, String out, String err) {}

  @Test
  void theJarPrintsTheProjectVersion() throws Exception {
    Run run = run(List.of(JAVA, "-jar", JAR.toString(), "--version"), Map.of(), null);
    assertEquals(new Run(0, "structview " + System.getProperty("structview.version") + NL, ""), run);
  }

  @Test
  void theJarSuggestsTheCommandMeant() throws Exception {
    Run run = run(List.of(JAVA, "-jar", JAR.toString(), "dupm", "x"), Map.of(), null);
    assertEquals(new Run(Cli.FAILURE, "", "structview: 'dupm' is not a command. Did you mean 'dump'?" + NL), run);
  }

  @Test
  void theLauncherIsExecutableAndPassesTheArgumentsThrough() throws Exception {
    assumeShell();
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not executable");
    Path ticks = ticks("two words * and $HOME.bin");
    Run run = run(List.of(LAUNCHER.toString(), "dump", "--format", "<IhB", "--count", "2", ticks.toString()),
        Map.of(), null);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(ticks + ": 2 records of \"<IhB\" (7 bytes each) from offset 0" + NL), run.out());
  }

  @Test
  void theLauncherHonoursJavaHomeAndJavaOpts() throws Exception {
    assumeShell();
    Run run = run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_HOME", System.getProperty("java.home"),
        "JAVA_OPTS", "-Dprobe.one=1 -XshowSettings:properties"), null);
    assertEquals(0, run.status(), run.err());
    assertEquals("structview " + System.getProperty("structview.version") + NL, run.out());
    assertTrue(run.err().contains("probe.one = 1"), run.err()); // both words reached java
    Path missing = dir.resolve("no-java");
    Run bad = run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_HOME", missing.toString()), null);
    assertEquals(new Run(2, "", "structview: JAVA_HOME is " + missing + ", but " + missing
        + "/bin/java is not a program to run; fix JAVA_HOME or unset it" + NL), bad);
  }

  /** The launcher starts the heap at 16 MiB unless JAVA_OPTS sizes it: a smaller -Xmx must not clash with it. */
  @Test
  void theLaunchersHeapOptionGivesWayToJavaOpts() throws Exception {
    assumeShell();
    Run run = run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_OPTS", "-Xmx8m"), null);
    assertEquals(new Run(0, "structview " + System.getProperty("structview.version") + NL, ""), run);
  }

  @Test
  void theLauncherFindsItsJarThroughALink() throws Exception {
    assumeShell();
    Path link = Files.createSymbolicLink(dir.resolve("structview"), LAUNCHER.toAbsolutePath());
    Run run = run(List.of(link.toString(), "-V"), Map.of(), null);
    assertEquals(new Run(0, "structview " + System.getProperty("structview.version") + NL, ""), run);
    Path alone = Files.copy(LAUNCHER, Files.createDirectory(dir.resolve("alone")).resolve("structview"));
    Run lost = run(List.of(alone.toString(), "-V"), Map.of(), null);
    assertEquals(2, lost.status());
    assertTrue(lost.err().startsWith("structview: " + alone.getParent().toRealPath() + "/structview.jar is missing;")
        && lost.err().lines().count() == 1, lost.err());
  }

  @Test
  void dumpStreamsAPipeLargerThanItsHeap() throws Exception {
    assumeShell();
    int records = 32_768; // 128 MiB of 4097-byte records: more than the heap, and more than -'s limit
    Run run = run(List.of(LAUNCHER.toString(), "dump", "--format", "4096xB", "-"), Map.of("JAVA_OPTS", "-Xmx16m"),
        out -> {
          byte[] record = new byte[4097];
          for (int i = 0; i < records; i++) {
            record[4096] = (byte) i;
            out.write(record);
          }
        });
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3 + records, lines.size());
    assertEquals(List.of("32767", "134246399", "(255,)"),
        List.of(lines.get(lines.size() - 1).strip().split(" +")));
  }

  /** {@code /dev/stdin} is a pipe here, as in {@code cat f | structview zip /dev/stdin}: read as it comes. */
  @Test
  void devStdinAsAPipeIsReadAsStandardInputIs() throws Exception {
    Path stdin = Path.of("/dev/stdin");
    assumeTrue(Files.exists(stdin), "no /dev/stdin here");
    byte[] zip = dev.structview.testing.Zips.small();
    Run listed = run(List.of(JAVA, "-jar", JAR.toString(), "zip", stdin.toString()), Map.of(), out -> out.write(zip));
    assertEquals(0, listed.status(), listed.err());
    assertTrue(listed.out().startsWith("/dev/stdin: 4 entries, central directory at offset "), listed.out());
    byte[] ticks = Files.readAllBytes(ticks("ticks.bin"));
    Run dumped = run(List.of(JAVA, "-jar", JAR.toString(), "dump", "--format", "<IhB", stdin.toString()), Map.of(),
        out -> out.write(ticks));
    assertEquals(0, dumped.status(), dumped.err());
    assertTrue(dumped.out().startsWith("/dev/stdin: records of \"<IhB\" (7 bytes each) from offset 0" + NL),
        dumped.out());
    assertEquals(3 + 5, dumped.out().lines().count(), dumped.out());
  }

  /** Something to write to standard input. */
  interface Feed {
    void write(OutputStream out) throws IOException;
  }

  private static void assumeShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here, so the launcher cannot run");
  }

  private Path ticks(String name) throws IOException {
    try (InputStream in = CommandLineIT.class.getResourceAsStream("/dev/structview/samples/ticks.bin")) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private Run run(List<String> command, Map<String, String> env, Feed stdin) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(env);
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectError(err.toFile()).start();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          stdin.write(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    feeder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "structview did not finish");
    feeder.join();
    return new Run(process.exitValue(), out, Files.readString(err));
  }
}
