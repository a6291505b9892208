package dev.structview.samples.elf;

/**
 * One section header, read and detached from the file, with its name. Unsigned fields are held in
 * {@code long}s; the 64-bit ones (flags, address, offset, size, alignment, entry size) may exceed
 * {@link Long#MAX_VALUE}.
 *
 * @param index the section's index in the table
 * @param name its name from the section name string table; empty when the file has none
 * @param type {@code sh_type}: 1 PROGBITS, 2 SYMTAB, 3 STRTAB, 8 NOBITS...
 * @param flags {@code sh_flags}: 1 write, 2 alloc, 4 execute...
 * @param address {@code sh_addr}
 * @param offset {@code sh_offset}
 * @param size {@code sh_size}
 * @param link {@code sh_link}
 * @param info {@code sh_info}
 * @param alignment {@code sh_addralign}
 * @param entrySize {@code sh_entsize}
 */
public record Section(
    int index,
    String name,
    long type,
    long flags,
    long address,
    long offset,
    long size,
    long link,
    long info,
    long alignment,
    long entrySize) {}
