package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares what structview reads and prints with what readelf prints, field by field. */
final class ElfAssertions {
  private ElfAssertions() {}

  /** Every header field and every section's fields, numbers and names. */
  static void assertMatches(ReadElf.Output readelf, ElfFile elf) {
    assertHeaderMatches(readelf, elf);
    assertEquals(readelf.sections().size(), elf.sections().size(), "section count");
    for (int i = 0; i < elf.sections().size(); i++) {
      assertSectionMatches(readelf.sections().get(i), elf.sections().get(i), elf.header());
    }
  }

  private static void assertHeaderMatches(ReadElf.Output r, ElfFile elf) {
    FileHeader h = elf.header();
    assertEquals(r.field("Magic"), h.identification());
    assertEquals(r.field("Class"), h.elfClass().name());
    assertEquals(r.field("Data"), ElfNames.data(h.order()));
    assertEquals(r.field("OS/ABI"), ElfNames.osAbi(h.osAbi(), h.machine()));
    assertEquals(r.field("ABI Version"), Integer.toString(h.abiVersion()));
    assertType(r.field("Type"), h.type());
    assertEquals(r.field("Machine"), ElfNames.machine(h.machine()));
    assertEquals(r.field("Version", 1), "0x" + Long.toHexString(h.version()));
    assertEquals(r.field("Entry point address"), "0x" + Long.toHexString(h.entry()));
    assertEquals(r.field("Start of program headers"), h.programHeaderOffset() + " (bytes into file)");
    assertEquals(r.field("Start of section headers"), h.sectionHeaderOffset() + " (bytes into file)");
    // readelf adds what the flags mean on some machines: "0x5000000, Version5 EABI".
    assertEquals(r.field("Flags").split(",")[0], "0x" + Long.toHexString(h.flags()));
    assertEquals(r.field("Size of this header"), h.headerSize() + " (bytes)");
    assertEquals(r.field("Size of program headers"), h.programHeaderSize() + " (bytes)");
    assertEquals(r.field("Number of program headers"), ElfCommand.programHeaders(elf));
    assertEquals(r.field("Size of section headers"), h.sectionHeaderSize() + " (bytes)");
    assertEquals(r.field("Number of section headers"), ElfCommand.sectionHeaders(elf));
    assertEquals(r.field("Section header string table index"), ElfCommand.nameTableIndex(elf));
  }

  /** readelf tells a PIE from a shared library by its dynamic section, which structview does not read. */
  private static void assertType(String readelfType, int type) {
    if (type == 3) {
      assertTrue(readelfType.startsWith("DYN ("), readelfType);
    } else {
      assertEquals(readelfType, ElfNames.fileType(type));
    }
  }

  private static void assertSectionMatches(ReadElf.SectionLine r, Section s, FileHeader h) {
    String where = "section " + s.index() + " " + s.name();
    assertEquals(r.index(), s.index(), where);
    assertEquals(r.name(), s.name(), where);
    assertEquals(r.type(), ElfNames.sectionType(s.type(), h.machine(), h.osAbi()), where);
    assertEquals(r.address(), s.address(), where + " address");
    assertEquals(r.offset(), s.offset(), where + " offset");
    assertEquals(r.size(), s.size(), where + " size");
    assertEquals(r.entrySize(), s.entrySize(), where + " entry size");
    assertEquals(r.flags(), SectionFlags.letters(s.flags(), h.machine(), h.osAbi()), where + " flags");
    assertEquals(r.link(), s.link(), where + " link");
    assertEquals(r.info(), s.info(), where + " info");
    assertEquals(r.alignment(), s.alignment(), where + " alignment");
  }

  /**
   * {@code structview elf FILE} prints readelf's header lines: the same labels, columns and values
   * (except the two values above that readelf knows more about).
   */
  static void assertCommandHeaderMatches(ReadElf.Output readelf, Path file) {
    List<String> printed = commandHeaderLines(file);
    assertEquals(readelf.headerLines().size(), printed.size(), String.join("\n", printed));
    for (int i = 0; i < printed.size(); i++) {
      String expected = readelf.headerLines().get(i);
      if (expected.startsWith("  Type:") || expected.startsWith("  Flags:")) {
        expected = expected.split(",| \\(")[0]; // "DYN (...)" and "0x5000000, Version5 EABI" lose their notes
        assertTrue(printed.get(i).startsWith(expected), printed.get(i) + " vs " + readelf.headerLines().get(i));
      } else {
        assertEquals(expected, printed.get(i));
      }
    }
  }

  private static List<String> commandHeaderLines(Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run("elf", file.toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      lines.add(line);
    }
    return lines.subList(1, lines.size()); // after "ELF Header:"
  }
}
