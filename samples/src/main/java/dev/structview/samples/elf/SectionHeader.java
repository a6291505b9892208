package dev.structview.samples.elf;

import dev.structview.annotation.BufferFormat;

/**
 * One entry of the section header table ({@code Elf32_Shdr}, {@code Elf64_Shdr} in
 * {@code <elf.h>}), whatever its class and byte order: as for {@link ElfHeader}, each of the four
 * layouts is an empty sub-interface whose named fields bind the accessors it inherits. The
 * 32-bit layout holds the same fields as the 64-bit one, narrower ({@code I} for {@code Q}), so
 * one set of accessors, all {@code long}, serves both.
 */
interface SectionHeader {
  /** {@code SHT_NOBITS}: a section that occupies no bytes in the file, such as {@code .bss}. */
  long SHT_NOBITS = 8;

  /** {@code sh_name}: the offset of the section's name in the section name string table. */
  long nameOffset();

  /** {@code sh_type}: PROGBITS, SYMTAB, STRTAB, NOBITS... */
  long type();

  /** {@code sh_flags}: SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR... */
  long flags();

  /** {@code sh_addr}: the section's virtual address at run time, or 0. */
  long address();

  /** {@code sh_offset}: the file offset of the section's bytes. */
  long offset();

  /** {@code sh_size}: the size of the section in bytes (in memory, for NOBITS). */
  long size();

  /** {@code sh_link}: a related section's index, by type (a symbol table's string table...). */
  long link();

  /** {@code sh_info}: extra information, by type. */
  long info();

  /** {@code sh_addralign}: the section's alignment; 0 and 1 mean none. */
  long alignment();

  /** {@code sh_entsize}: the size of one entry, for sections that hold a table; 0 otherwise. */
  long entrySize();

  /** Whether the section's bytes are in the file: every type but NOBITS. */
  default boolean hasFileBytes() {
    return type() != SHT_NOBITS;
  }

  /** The fields of {@code Elf32_Shdr}, named as the accessors are. */
  String FIELDS_32 = "I:nameOffset: I:type: I:flags: I:address: I:offset: I:size: I:link: I:info: I:alignment:"
      + " I:entrySize:";

  /** The fields of {@code Elf64_Shdr}: flags, addresses, offsets and sizes are 8 bytes wide. */
  String FIELDS_64 = "I:nameOffset: I:type: Q:flags: Q:address: Q:offset: Q:size: I:link: I:info: Q:alignment:"
      + " Q:entrySize:";

  /** {@code Elf32_Shdr}, little-endian. */
  @BufferFormat("<" + FIELDS_32)
  interface Little32 extends SectionHeader {
  }

  /** {@code Elf32_Shdr}, big-endian. */
  @BufferFormat(">" + FIELDS_32)
  interface Big32 extends SectionHeader {
  }

  /** {@code Elf64_Shdr}, little-endian. */
  @BufferFormat("<" + FIELDS_64)
  interface Little64 extends SectionHeader {
  }

  /** {@code Elf64_Shdr}, big-endian. */
  @BufferFormat(">" + FIELDS_64)
  interface Big64 extends SectionHeader {
  }
}
