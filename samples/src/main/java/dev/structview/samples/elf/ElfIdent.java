package dev.structview.samples.elf;

import dev.structview.annotation.BufferFormat;

/**
 * The first 16 bytes of every ELF file ({@code e_ident}), which say how to read the rest: the
 * magic, the class (32 or 64 bits), the data encoding (byte order) and the versions. They are
 * single bytes, so they read the same in either byte order; the magic is read big-endian so that
 * its value spells the bytes in file order: {@code 7f 'E' 'L' 'F'}.
 */
@BufferFormat(">IBBBBB7x")
interface ElfIdent {
  /** {@code EI_MAG0..3} as one big-endian number: the bytes {@code 7f 45 4c 46}, {@code "\177ELF"}. */
  long MAGIC = 0x7F454C46L;

  /** {@code EI_CLASS} value of 32-bit files. */
  int ELFCLASS32 = 1;

  /** {@code EI_CLASS} value of 64-bit files. */
  int ELFCLASS64 = 2;

  /** {@code EI_DATA} value of little-endian files. */
  int ELFDATA2LSB = 1;

  /** {@code EI_DATA} value of big-endian files. */
  int ELFDATA2MSB = 2;

  /** {@code EV_CURRENT}, the only version of ELF there is. */
  int EV_CURRENT = 1;

  /** {@code EI_MAG0..EI_MAG3}. */
  long magic();

  /** {@code EI_CLASS}: {@link #ELFCLASS32} or {@link #ELFCLASS64}. */
  int elfClass();

  /** {@code EI_DATA}: {@link #ELFDATA2LSB} or {@link #ELFDATA2MSB}. */
  int data();

  /** {@code EI_VERSION}: {@link #EV_CURRENT}. */
  int version();

  /** {@code EI_OSABI}: the operating system and ABI the file targets (0 is System V). */
  int osAbi();

  /** {@code EI_ABIVERSION}: the version of that ABI. */
  int abiVersion();
}
