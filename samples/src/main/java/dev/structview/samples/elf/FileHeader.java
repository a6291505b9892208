package dev.structview.samples.elf;

import java.nio.ByteOrder;

/**
 * An ELF file header, read and detached from the file. Unsigned 32- and 64-bit fields are held in
 * {@code long}s: use {@link Long#toUnsignedString} and {@link Long#compareUnsigned} on the 64-bit
 * ones, which may exceed {@link Long#MAX_VALUE}. {@code sectionHeaderCount} and
 * {@code sectionNameIndex} are the raw fields, escapes included; {@link ElfFile} holds their
 * resolved values.
 *
 * @param elfClass {@code EI_CLASS}: 32 or 64 bits
 * @param order {@code EI_DATA}: the byte order of every multi-byte field
 * @param identification the 16 bytes of {@code e_ident} in hex, as readelf shows them ({@code "7f 45 4c 46 02 ..."})
 * @param osAbi {@code EI_OSABI}
 * @param abiVersion {@code EI_ABIVERSION}
 * @param type {@code e_type}: 1 REL, 2 EXEC, 3 DYN, 4 CORE...
 * @param machine {@code e_machine}: 62 x86-64, 183 AArch64, 243 RISC-V...
 * @param version {@code e_version}
 * @param entry {@code e_entry}
 * @param programHeaderOffset {@code e_phoff}
 * @param sectionHeaderOffset {@code e_shoff}; 0 when there is no section header table
 * @param flags {@code e_flags}
 * @param headerSize {@code e_ehsize}
 * @param programHeaderSize {@code e_phentsize}
 * @param programHeaderCount {@code e_phnum}
 * @param sectionHeaderSize {@code e_shentsize}
 * @param sectionHeaderCount {@code e_shnum}; 0 with a table when the count is in section 0
 * @param sectionNameIndex {@code e_shstrndx}; {@code 0xffff} when the index is in section 0
 */
public record FileHeader(
    ElfClass elfClass,
    ByteOrder order,
    String identification,
    int osAbi,
    int abiVersion,
    int type,
    int machine,
    long version,
    long entry,
    long programHeaderOffset,
    long sectionHeaderOffset,
    long flags,
    int headerSize,
    int programHeaderSize,
    int programHeaderCount,
    int sectionHeaderSize,
    int sectionHeaderCount,
    int sectionNameIndex) {}
