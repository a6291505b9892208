package dev.structview.samples.elf;

import dev.structview.buffer.Memory;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code structview elf FILE}: an ELF file's header and section table, laid out as
 * {@code readelf -h -S -W} lays them out, read in place through generated views.
 */
public final class ElfCommand implements Command {
  /** Creates the command; it holds no state. */
  public ElfCommand() {}

  @Override
  public String name() {
    return "elf";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "print an ELF file's header and section headers, as readelf -h -S does";
  }

  @Override
  public String example() {
    return "structview elf /bin/ls";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    ElfFile elf;
    try (Memory file = args.input().memory()) {
      elf = ElfFile.read(file); // detached from the file, which can be unmapped
    }
    printHeader(elf, out);
    out.println();
    printSections(elf, out);
  }

  private static void printHeader(ElfFile elf, PrintStream out) {
    FileHeader h = elf.header();
    out.println("ELF Header:");
    out.println("  Magic:   " + h.identification());
    field(out, "Class:", h.elfClass().name());
    field(out, "Data:", ElfNames.data(h.order()));
    field(out, "Version:", "1 (current)"); // EI_VERSION: the reader accepts no other
    field(out, "OS/ABI:", ElfNames.osAbi(h.osAbi(), h.machine()));
    field(out, "ABI Version:", Integer.toString(h.abiVersion()));
    field(out, "Type:", ElfNames.fileType(h.type()));
    field(out, "Machine:", ElfNames.machine(h.machine()));
    field(out, "Version:", "0x" + Long.toHexString(h.version()));
    field(out, "Entry point address:", "0x" + Long.toHexString(h.entry()));
    field(out, "Start of program headers:", Long.toUnsignedString(h.programHeaderOffset()) + " (bytes into file)");
    field(out, "Start of section headers:", Long.toUnsignedString(h.sectionHeaderOffset()) + " (bytes into file)");
    field(out, "Flags:", "0x" + Long.toHexString(h.flags()));
    field(out, "Size of this header:", h.headerSize() + " (bytes)");
    field(out, "Size of program headers:", h.programHeaderSize() + " (bytes)");
    field(out, "Number of program headers:", programHeaders(elf));
    field(out, "Size of section headers:", h.sectionHeaderSize() + " (bytes)");
    field(out, "Number of section headers:", sectionHeaders(elf));
    field(out, "Section header string table index:", nameTableIndex(elf));
  }

  private static void field(PrintStream out, String label, String value) {
    out.printf("  %-35s%s%n", label, Printable.of(value));
  }

  /*
   * The three counts below print as readelf prints them: the header's field, then, when the field
   * is the escape value and the file has a section header table, the value section 0 holds, in
   * parentheses, even when it is the same ("0 (0)"); without a table, the field alone.
   */

  /** {@code e_phnum}; after {@code PN_XNUM}, section 0's {@code sh_info} when it is not 0. */
  static String programHeaders(ElfFile elf) {
    int field = elf.header().programHeaderCount();
    return field + (elf.programHeaderCountInSectionZero() ? " (" + elf.programHeaderCount() + ")" : "");
  }

  /** {@code e_shnum}; after 0, the count from section 0's {@code sh_size}. */
  static String sectionHeaders(ElfFile elf) {
    FileHeader h = elf.header();
    boolean escaped = h.sectionHeaderOffset() != 0 && h.sectionHeaderCount() == 0;
    return h.sectionHeaderCount() + (escaped ? " (" + elf.sections().size() + ")" : "");
  }

  /**
   * {@code e_shstrndx}; after {@code SHN_XINDEX}, section 0's {@code sh_link}; and readelf's mark
   * for an index past the table. Only a file without a table can have one here: the reader refuses
   * it in a table.
   */
  static String nameTableIndex(ElfFile elf) {
    FileHeader h = elf.header();
    boolean table = h.sectionHeaderOffset() != 0;
    long index = h.sectionNameIndex();
    String text = Long.toString(index);
    if (table && index == ElfHeader.SHN_XINDEX) {
      index = elf.sectionZero().link();
      text += " (" + index + ")";
    }
    long count = table ? elf.sections().size() : h.sectionHeaderCount();
    return index != 0 && index >= count ? text + " <corrupt: out of range>" : text;
  }

  private static void printSections(ElfFile elf, PrintStream out) {
    if (elf.sections().isEmpty()) {
      out.println("There are no sections in this file.");
      return;
    }
    out.printf("There are %d section headers, starting at offset 0x%x:%n%n", elf.sections().size(),
        elf.header().sectionHeaderOffset());
    out.println("Section Headers:");
    Table table = new Table().right("Nr").left("Name").left("Type").left("Address").left("Offset").left("Size")
        .left("EntSize").left("Flags").right("Link").right("Info").right("Align");
    List<List<String>> rows = new ArrayList<>();
    for (Section s : elf.sections()) {
      rows.add(row(elf.header(), s));
    }
    table.print(out, rows);
    out.println("Key to Flags:");
    SectionFlags.KEY.forEach(line -> out.println("  " + line));
  }

  private static List<String> row(FileHeader h, Section s) {
    int addressDigits = h.elfClass() == ElfClass.ELF64 ? 16 : 8;
    // the name comes from the file as it is: Table escapes every cell, as readelf escapes names
    return List.of(Integer.toString(s.index()), s.name(), ElfNames.sectionType(s.type(), h.machine(), h.osAbi()),
        hex(s.address(), addressDigits), hex(s.offset(), 6), hex(s.size(), 6), hex(s.entrySize(), 2),
        SectionFlags.letters(s.flags(), h.machine(), h.osAbi()), Long.toUnsignedString(s.link()),
        Long.toUnsignedString(s.info()), Long.toUnsignedString(s.alignment()));
  }

  /** Unsigned hex, zero-padded to at least {@code digits}, as readelf prints these columns. */
  private static String hex(long value, int digits) {
    String hex = Long.toHexString(value);
    return "0".repeat(Math.max(0, digits - hex.length())) + hex;
  }
}
