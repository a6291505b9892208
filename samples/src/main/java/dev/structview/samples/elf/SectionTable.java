package dev.structview.samples.elf;

import dev.structview.buffer.Memory;
import dev.structview.io.Window;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.view.RecordArray;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The section header table: where the file header says it is, with the escapes for tables too
 * large for the header's 16-bit fields resolved (a count of 0 means the count is in section 0's
 * {@code sh_size}; a name table index of {@code SHN_XINDEX} means it is in section 0's
 * {@code sh_link}; a program header count of {@code PN_XNUM}, that it may be in section 0's
 * {@code sh_info}). The whole table is checked to lie in the file before any entry is read, so
 * a hostile count fails at once instead of allocating.
 */
final class SectionTable {
  private static final Section NO_SECTION_ZERO = new Section(0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0);

  private final Memory file;
  private final ElfLayout layout;
  private final long offset;
  private final int count;
  private final int nameIndex;
  private final Section zero; // section 0 when it was read for an escape; null otherwise

  private SectionTable(Memory file, ElfLayout layout, long offset, int count, int nameIndex, Section zero) {
    this.file = file;
    this.layout = layout;
    this.offset = offset;
    this.count = count;
    this.nameIndex = nameIndex;
    this.zero = zero;
  }

  /** Locates and checks the table that {@code header} describes. */
  static SectionTable locate(Memory file, ElfLayout layout, ElfHeader header) {
    if (!header.hasSectionTable()) {
      return new SectionTable(file, layout, 0, 0, 0, null); // e_shoff 0: the file has no sections
    }
    requireEntrySize(layout, header);
    SectionHeader zero = header.countInSectionZero() || header.nameIndexInSectionZero()
        || header.programHeaderCountInSectionZero() ? sectionZero(file, layout, header.sectionHeaderOffset()) : null;
    long count = header.countInSectionZero() ? zero.size() : header.sectionHeaderCount();
    long offset = requireTable(file, layout, header.sectionHeaderOffset(), count,
        header.countInSectionZero() ? "section 0's sh_size, as e_shnum is 0" : "e_shnum");
    long nameIndex = header.nameIndexInSectionZero() ? zero.link() : header.sectionNameIndex();
    if (nameIndex >= count && nameIndex != 0) {
      String field = header.nameIndexInSectionZero()
          ? layout + " section header 0 at offset " + offset + ": sh_link " + nameIndex
              + " (the section name table's index, as e_shstrndx is SHN_XINDEX)"
          : layout + " file header at offset 0: e_shstrndx " + nameIndex;
      throw new MalformedFileException(field + " is not a section: the table has " + count);
    }
    Section zeroSection = zero == null ? null : new Section(0, "", zero.type(), zero.flags(), zero.address(),
        zero.offset(), zero.size(), zero.link(), zero.info(), zero.alignment(), zero.entrySize());
    return new SectionTable(file, layout, offset, (int) count, (int) nameIndex, zeroSection);
  }

  private static void requireEntrySize(ElfLayout layout, ElfHeader header) {
    if (header.sectionHeaderSize() != layout.sectionHeaderSize()) {
      throw new MalformedFileException(layout + " file header at offset 0: e_shentsize is "
          + header.sectionHeaderSize() + ", but an " + layout + " section header is " + layout.sectionHeaderSize()
          + " bytes");
    }
  }

  /** Section 0, read alone: it holds the real count or name table index when the header cannot. */
  private static SectionHeader sectionZero(Memory file, ElfLayout layout, long tableOffset) {
    long at = Bounds.require(file.byteSize(), tableOffset, layout.sectionHeaderSize(),
        layout + " section header 0 (which holds the extended e_shnum, e_shstrndx or e_phnum)");
    return layout.section(file.slice(at, layout.sectionHeaderSize()), 0);
  }

  /** Checks that {@code count} entries from {@code offset} (both unsigned) lie in the file. */
  private static long requireTable(Memory file, ElfLayout layout, long offset, long count, String countSource) {
    String what = layout + " section header table";
    long size = file.byteSize();
    if (offset < 0 || offset > size) {
      throw new MalformedFileException(what + " at offset " + Long.toUnsignedString(offset)
          + " (e_shoff) starts past the end of the file, at " + size);
    }
    long room = (size - offset) / layout.sectionHeaderSize(); // dividing cannot overflow; multiplying could
    if (count < 0 || count > room) {
      throw new MalformedFileException(what + " at offset " + offset + " needs " + Long.toUnsignedString(count)
          + " entries (" + countSource + ") of " + layout.sectionHeaderSize() + " bytes, but the file ends at "
          + size + ", room for " + room);
    }
    if (count * layout.sectionHeaderSize() > Window.SPAN) {
      throw new MalformedFileException(what + " at offset " + offset + " has " + count + " entries (" + countSource
          + "), more than the " + Window.SPAN / layout.sectionHeaderSize() + " that structview reads");
    }
    return offset;
  }

  /** The resolved index of the section name string table; 0 when there is none. */
  int nameIndex() {
    return nameIndex;
  }

  /**
   * Section 0 as the table holds it, given {@code sections}: the one read for an escape (without
   * its name), the first of {@code sections}, or all zeros when there is neither (no table, or a
   * count of 0 from section 0's own {@code sh_size}, which was then read).
   */
  Section zero(List<Section> sections) {
    if (zero != null) {
      return zero;
    }
    return sections.isEmpty() ? NO_SECTION_ZERO : sections.get(0);
  }

  /** Every section, with its name, in table order. */
  List<Section> sections() {
    if (count == 0) {
      return List.of();
    }
    ByteBuffer table = file.slice(offset, count * layout.sectionHeaderSize()); // at most Window.SPAN: one slice
    try (RecordArray<? extends SectionHeader> headers = layout.sections(table)) {
      return read(headers);
    }
  }

  private <V extends SectionHeader> List<Section> read(RecordArray<V> headers) {
    StringTable names = nameIndex == 0 ? StringTable.NONE : StringTable.of(file, headers.get(nameIndex), nameIndex);
    List<Section> sections = new ArrayList<>(count);
    V header = headers.get(0); // one view, made before the loop and moved along the table
    for (int i = 0; i < count; i++) {
      headers.moveTo(header, i);
      String name = names.name(header.nameOffset(), i, offset + (long) i * layout.sectionHeaderSize());
      sections.add(new Section(i, name, header.type(), header.flags(), header.address(), header.offset(),
          header.size(), header.link(), header.info(), header.alignment(), header.entrySize()));
    }
    return sections;
  }
}
