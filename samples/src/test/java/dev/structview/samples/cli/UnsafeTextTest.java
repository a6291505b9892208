package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files never reaches the terminal raw: control characters in names, comments, file
 * names and messages are shown through {@link Printable} by every command, as readelf and unzip
 * show them. Each test would print a fake row or an escape sequence without it.
 */
class UnsafeTextTest {
  /** A newline that fakes a row, an escape sequence, DEL, and CSI as one C1 character. */
  private static final String EVIL = "a\n  99  .fake  PROGBITS\u001b[31m\u007f\u009b0m";
  private static final String SHOWN = "a^J  99  .fake  PROGBITS^[[31m^?\\u009b0m";

  @TempDir
  Path dir;

  @Test
  void zipNamesAndCommentsAreEscaped() throws IOException {
    Path zip = zip("comment " + EVIL, EVIL);
    CliRun run = CliRun.of("zip", zip.toString());
    assertEquals(0, run.status(), run.err());
    assertSafe(run.out());
    assertTrue(run.out().contains("comment: \"comment " + SHOWN + "\""), run.out());
    assertTrue(run.out().contains("  " + SHOWN + System.lineSeparator()), run.out());
  }

  /** unzip -Z1 shows C0 controls in names in caret notation (it lets DEL through, which we show as ^?). */
  @Test
  void zipNamesAreEscapedAsUnzipEscapesThem() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "no unzip on this machine");
    Path zip = zip("", "a\n  1  .fake\u001b[31m.txt");
    CliRun run = CliRun.of("zip", zip.toString());
    String unzip = new String(tool("/usr/bin/unzip", "-Z1", zip.toString()), StandardCharsets.UTF_8).strip();
    assertEquals("a^J  1  .fake^[[31m.txt", unzip);
    assertTrue(run.out().contains("  " + unzip + System.lineSeparator()), run.out());
  }

  private Path zip(String comment, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      ZipEntry entry = new ZipEntry(name);
      entry.setTime(0);
      out.putNextEntry(entry);
      out.closeEntry();
      out.setComment(comment);
    }
    return Files.write(dir.resolve("evil.zip"), bytes.toByteArray());
  }

  /** readelf -S -W shows the same name the same way (C0 controls in caret notation). */
  @Test
  void elfSectionNamesAreEscapedAsReadelfEscapesThem() throws IOException, InterruptedException {
    String name = ".text\n  99  .fake  PROGBITS\u001b[31m";
    Path elf = Files.write(dir.resolve("evil.elf"), elf(name.getBytes(StandardCharsets.UTF_8)));
    CliRun run = CliRun.of("elf", elf.toString());
    assertEquals(0, run.status(), run.err());
    assertSafe(run.out());
    String shown = ".text^J  99  .fake  PROGBITS^[[31m";
    assertTrue(run.out().contains("  " + shown + "  "), run.out());
    if (Files.isExecutable(Path.of("/usr/bin/readelf"))) {
      String readelf = new String(tool("/usr/bin/readelf", "-S", "-W", elf.toString()), StandardCharsets.UTF_8);
      assertTrue(readelf.contains("] " + shown + " "), readelf);
    }
  }

  @Test
  void fileNamesAndErrorsAreEscapedInEveryCommand() throws IOException {
    Path evil = dir.resolve("x" + EVIL);
    for (String command : List.of("dump", "zip", "elf", "wav", "bmp")) {
      CliRun run = command.equals("dump") ? CliRun.of(command, "--format", "B", evil.toString())
          : CliRun.of(command, evil.toString());
      assertEquals(Cli.FAILURE, run.status(), command);
      assertSafe(run.err());
      assertEquals("structview: " + dir + "/x" + SHOWN + ": no such file" + System.lineSeparator(), run.err(),
          command);
    }
    Files.write(evil, "RIFF".getBytes(StandardCharsets.US_ASCII));
    CliRun run = CliRun.of("dump", "--format", "B", evil.toString());
    assertEquals(0, run.status(), run.err());
    assertSafe(run.out());
    assertTrue(run.out().startsWith(dir + "/x" + SHOWN + ": 4 records"), run.out());
  }

  @Test
  void dumpShowsTextFieldsAsPythonReprs() throws IOException {
    Path file = Files.write(dir.resolve("text.bin"), new byte[] {'\n', 0x1b, '[', '2', 'J', (byte) 0x9b});
    CliRun run = CliRun.of("dump", "--format", "5sc", file.toString());
    assertEquals(0, run.status(), run.err());
    assertSafe(run.out());
    assertTrue(run.out().contains("b'\\n\\x1b[2J'  b'\\x9b'"), run.out()); // repr(struct.unpack("5sc", ...))
  }

  private static void assertSafe(String printed) {
    printed.lines().forEach(line -> line.chars().forEach(c -> assertFalse(Character.isISOControl(c),
        () -> "control character " + c + " in: " + line)));
    assertFalse(printed.contains("fake  PROGBITS" + System.lineSeparator()) && printed.contains("\n  99"),
        printed);
  }

  private static byte[] tool(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
    return output;
  }

  /**
   * An ELF64 little-endian relocatable file with a NULL section, a PROGBITS section called
   * {@code name}, and {@code .shstrtab}.
   */
  static byte[] elf(byte[] name) {
    List<byte[]> names = List.of(name, ".shstrtab".getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream strtab = new ByteArrayOutputStream();
    strtab.write(0);
    List<Integer> offsets = new ArrayList<>();
    for (byte[] n : names) {
      offsets.add(strtab.size());
      strtab.writeBytes(n);
      strtab.write(0);
    }
    int sectionsAt = (64 + strtab.size() + 7) / 8 * 8;
    ByteBuffer b = ByteBuffer.allocate(sectionsAt + 3 * 64).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}).position(16);
    b.putShort((short) 1).putShort((short) 62).putInt(1).putLong(0).putLong(0).putLong(sectionsAt).putInt(0)
        .putShort((short) 64).putShort((short) 0).putShort((short) 0).putShort((short) 64).putShort((short) 3)
        .putShort((short) 2);
    b.put(strtab.toByteArray());
    section(b.position(sectionsAt + 64), offsets.get(0), 1, 0, 0);
    section(b, offsets.get(1), 3, 64, strtab.size());
    return b.array();
  }

  private static void section(ByteBuffer b, int name, int type, long offset, long size) {
    b.putInt(name).putInt(type).putLong(0).putLong(0).putLong(offset).putLong(size).putInt(0).putInt(0).putLong(1)
        .putLong(0);
  }
}
