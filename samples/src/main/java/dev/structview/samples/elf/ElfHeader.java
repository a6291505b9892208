package dev.structview.samples.elf;

import dev.structview.annotation.BufferFormat;

/**
 * The ELF file header after its identification ({@code Elf32_Ehdr}, {@code Elf64_Ehdr} in
 * {@code <elf.h>}), whatever its class and byte order. A format string fixes both, so each of the
 * four layouts is an empty sub-interface under its own {@code @BufferFormat}, whose named fields
 * bind the accessors it inherits; readers use this interface and never see which one they hold.
 */
interface ElfHeader {
  /** {@code e_shstrndx} escape: the string table's index is in section 0's {@code sh_link}. */
  int SHN_XINDEX = 0xFFFF;
  /** {@code e_phnum} escape: the program header count is in section 0's {@code sh_info}. */
  int PN_XNUM = 0xFFFF;

  /** {@code e_type}: REL, EXEC, DYN, CORE... */
  int type();

  /** {@code e_machine}: the architecture. */
  int machine();

  /** {@code e_version}. */
  long version();

  /** {@code e_entry}: the virtual address where execution starts, or 0. */
  long entry();

  /** {@code e_phoff}: the file offset of the program header table, or 0. */
  long programHeaderOffset();

  /** {@code e_shoff}: the file offset of the section header table, or 0 when there is none. */
  long sectionHeaderOffset();

  /** {@code e_flags}: processor-specific flags. */
  long flags();

  /** {@code e_ehsize}: the size of this header. */
  int headerSize();

  /** {@code e_phentsize}: the size of one program header. */
  int programHeaderSize();

  /** {@code e_phnum}: the number of program headers. */
  int programHeaderCount();

  /** {@code e_shentsize}: the size of one section header. */
  int sectionHeaderSize();

  /** {@code e_shnum}: the number of section headers; 0 with a table means it is in section 0. */
  int sectionHeaderCount();

  /** {@code e_shstrndx}: the index of the section name string table, or {@link #SHN_XINDEX}. */
  int sectionNameIndex();

  /** Whether the file has a section header table ({@code e_shoff} is not 0). */
  default boolean hasSectionTable() {
    return sectionHeaderOffset() != 0;
  }

  /** Whether the section count is too large for {@code e_shnum}, and so in section 0's {@code sh_size}. */
  default boolean countInSectionZero() {
    return hasSectionTable() && sectionHeaderCount() == 0;
  }

  /** Whether the program header count may be too large for {@code e_phnum}, and so in section 0's {@code sh_info}. */
  default boolean programHeaderCountInSectionZero() {
    return hasSectionTable() && programHeaderCount() == PN_XNUM;
  }

  /** Whether the string table index is too large for {@code e_shstrndx}, and so in section 0's {@code sh_link}. */
  default boolean nameIndexInSectionZero() {
    return sectionNameIndex() == SHN_XINDEX;
  }

  /** The fields of {@code Elf32_Ehdr} after the identification, named as the accessors are. */
  String FIELDS_32 = "16x H:type: H:machine: I:version: I:entry: I:programHeaderOffset: I:sectionHeaderOffset:"
      + " I:flags: H:headerSize: H:programHeaderSize: H:programHeaderCount: H:sectionHeaderSize:"
      + " H:sectionHeaderCount: H:sectionNameIndex:";

  /** The fields of {@code Elf64_Ehdr}: the addresses and offsets are 8 bytes wide. */
  String FIELDS_64 = "16x H:type: H:machine: I:version: Q:entry: Q:programHeaderOffset: Q:sectionHeaderOffset:"
      + " I:flags: H:headerSize: H:programHeaderSize: H:programHeaderCount: H:sectionHeaderSize:"
      + " H:sectionHeaderCount: H:sectionNameIndex:";

  /** {@code Elf32_Ehdr}, little-endian. */
  @BufferFormat("<" + FIELDS_32)
  interface Little32 extends ElfHeader {
  }

  /** {@code Elf32_Ehdr}, big-endian. */
  @BufferFormat(">" + FIELDS_32)
  interface Big32 extends ElfHeader {
  }

  /** {@code Elf64_Ehdr}, little-endian. */
  @BufferFormat("<" + FIELDS_64)
  interface Little64 extends ElfHeader {
  }

  /** {@code Elf64_Ehdr}, big-endian. */
  @BufferFormat(">" + FIELDS_64)
  interface Big64 extends ElfHeader {
  }
}
