package dev.structview.samples.elf;

/** An ELF file's class ({@code EI_CLASS}): whether its addresses and offsets are 32 or 64 bits wide. */
public enum ElfClass {
  /** {@code ELFCLASS32}: 32-bit addresses and offsets. */
  ELF32,
  /** {@code ELFCLASS64}: 64-bit addresses and offsets. */
  ELF64
}
