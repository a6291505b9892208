package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.samples.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code structview elf FILE} through the command line, as a user runs it. */
class ElfCommandTest {
  @TempDir
  Path dir;

  /** What one run printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void listsTheSectionsOfLs() {
    assumeTrue(Files.isRegularFile(Path.of("/bin/ls")), "/bin/ls is not on this machine");
    Run run = run("elf", "/bin/ls");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("ELF Header:\n  Magic:   7f 45 4c 46 "), run.out());
    assertTrue(run.out().contains("\nSection Headers:\n"), run.out());
    assertTrue(run.out().matches("(?s).*\\n +\\d+  \\.text +PROGBITS +[0-9a-f]{16} .* AX .*"), run.out());
    assertTrue(run.out().contains("  .shstrtab "), run.out());
  }

  @Test
  void printsABigEndianFileAsReadelfWould() {
    Run run = run("elf", Fixtures.path("big64.elf").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\n  Data:                              2's complement, big endian\n"), run.out());
    assertTrue(run.out().contains("\n  Machine:                           IBM S/390\n"), run.out());
    assertTrue(run.out().contains("There are 13 section headers, starting at offset 0x"), run.out());
    assertTrue(run.out().matches("(?s).*\\n +5  \\.tbss +NOBITS +0000000000002008  0000a8  000040  00 +WAT .*"),
        run.out());
  }

  @Test
  void printsTheResolvedEscapes() {
    Run run = run("elf", Fixtures.path("xindex-big32.elf").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\n  Number of section headers:         0 (5)\n"), run.out());
    assertTrue(run.out().contains("\n  Section header string table index: 65535 (4)\n"), run.out());
    assertTrue(run.out().matches("(?s).*\\n +3  \\.AArch64\\.attributes +AARCH64_ATTRIBUTES +00000000  .*"),
        run.out());
  }

  @Test
  void saysWhenThereAreNoSections() throws IOException {
    byte[] bytes = Fixtures.named("big64.elf").bytes();
    ByteBuffer.wrap(bytes).putLong(ElfHeader_Big64View.SECTION_HEADER_OFFSET_OFFSET, 0); // e_shoff, big-endian
    Path file = Files.write(dir.resolve("stripped"), bytes);
    Run run = run("elf", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().endsWith("\nThere are no sections in this file.\n"), run.out());
  }

  @Test
  void missingFile() {
    assertFailsInOneLine(dir.resolve("nothing-here").toString(), "nothing-here: no such file");
  }

  @Test
  void directory() {
    assertFailsInOneLine(dir.toString(), ": cannot read: is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    assertFailsInOneLine(empty.toString(), "empty: not an ELF file: it is empty");
  }

  @Test
  void jar() {
    Path jar = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
    assumeTrue(Files.isRegularFile(jar), jar + " is not in this JDK");
    assertFailsInOneLine(jar.toString(), "jrt-fs.jar: not an ELF file: it starts with 50 4b 03 04, not the ELF magic");
  }

  @Test
  void randomBytes() throws IOException {
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    noise[0] = 0x42; // not 0x7f, whatever the seed gave
    Path file = Files.write(dir.resolve("noise"), noise);
    assertFailsInOneLine(file.toString(), "noise: not an ELF file: it starts with 42 ");
  }

  @Test
  void truncatedBinary() throws IOException {
    Path ls = Path.of("/bin/ls");
    assumeTrue(Files.isRegularFile(ls), "/bin/ls is not on this machine");
    byte[] bytes = Files.readAllBytes(ls);
    long shoff = ElfFile.read(ls).header().sectionHeaderOffset();
    Path head = Files.write(dir.resolve("ls-head"), Arrays.copyOf(bytes, 4096));
    assertFailsInOneLine(head.toString(), "ls-head: ELF64 section header table at offset " + shoff
        + " (e_shoff) starts past the end of the file, at 4096");
    Path cut = Files.write(dir.resolve("ls-cut"), Arrays.copyOf(bytes, (int) shoff + 100));
    assertFailsInOneLine(cut.toString(), "ls-cut: ELF64 section header table at offset " + shoff + " needs ");
  }

  private static void assertFailsInOneLine(String file, String expected) {
    Run run = run("elf", file);
    assertEquals(2, run.status(), run.out());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("structview: "), run.err());
    assertTrue(run.err().endsWith("\n") && run.err().indexOf('\n') == run.err().length() - 1, "one line: " + run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }
}
