package dev.structview.samples.elf;

import java.util.List;

/**
 * Section flags as readelf's letters ({@code "WAX"}): one letter per set bit, lowest bit first;
 * bits whose meaning depends on the machine or OS/ABI get that machine's letter, and the OS- and
 * processor-specific ranges one {@code o} or {@code p} each, as readelf prints them.
 */
final class SectionFlags {
  /** What each letter means, for the key printed under the table. */
  static final List<String> KEY = List.of(
      "W (write), A (alloc), X (execute), M (merge), S (strings), I (info),",
      "L (link order), O (extra OS processing required), G (group), T (TLS),",
      "C (compressed), x (unknown), o (OS specific), E (exclude), R (retain),",
      "D (mbind), l (large), y (purecode), v (VLE), p (processor specific)");

  private static final long SHF_MASKOS = 0x0ff00000L;
  private static final long SHF_MASKPROC = 0xf0000000L;
  private static final long SHF_EXCLUDE = 0x80000000L;
  private static final long SHF_GNU_RETAIN = 0x00200000L;
  private static final long SHF_GNU_MBIND = 0x01000000L;
  private static final long SHF_X86_64_LARGE = 0x10000000L;
  private static final long SHF_ARM_PURECODE = 0x20000000L;
  private static final long SHF_PPC_VLE = 0x10000000L;
  private static final String GENERIC = "WAX?MSILOGTC"; // bits 0 to 11; bit 3 is unused
  private static final int ELFOSABI_NONE = 0;
  private static final int ELFOSABI_GNU = 3;
  private static final int ELFOSABI_FREEBSD = 9;

  private SectionFlags() {}

  /** The letters of {@code flags} in a file for {@code machine} and {@code osAbi}. */
  static String letters(long flags, int machine, int osAbi) {
    StringBuilder letters = new StringBuilder();
    long rest = flags;
    while (rest != 0) {
      long flag = Long.lowestOneBit(rest);
      rest &= ~flag;
      char letter = letter(flag, machine, osAbi);
      if (letter == 'o') {
        rest &= ~SHF_MASKOS; // one 'o' stands for all OS-specific bits
      } else if (letter == 'p') {
        rest &= ~SHF_MASKPROC;
      }
      letters.append(letter);
    }
    return letters.toString();
  }

  private static char letter(long flag, int machine, int osAbi) {
    int bit = Long.numberOfTrailingZeros(flag);
    if (bit < GENERIC.length() && GENERIC.charAt(bit) != '?') {
      return GENERIC.charAt(bit);
    }
    if (flag == SHF_EXCLUDE) {
      return 'E';
    }
    if (flag == SHF_X86_64_LARGE && machine == ElfNames.EM_X86_64) {
      return 'l';
    }
    if (flag == SHF_ARM_PURECODE && machine == ElfNames.EM_ARM) {
      return 'y';
    }
    if (flag == SHF_PPC_VLE && machine == ElfNames.EM_PPC) {
      return 'v';
    }
    if ((flag & SHF_MASKOS) != 0) {
      return osSpecific(flag, osAbi);
    }
    return (flag & SHF_MASKPROC) != 0 ? 'p' : 'x';
  }

  /** GNU's OS-specific flags, which readelf knows only under the ABIs that define them. */
  private static char osSpecific(long flag, int osAbi) {
    boolean gnu = osAbi == ELFOSABI_GNU || osAbi == ELFOSABI_FREEBSD;
    if (flag == SHF_GNU_RETAIN && gnu) {
      return 'R';
    }
    // readelf accepts MBIND under ELFOSABI_NONE too: older binutils left EI_OSABI at 0.
    return flag == SHF_GNU_MBIND && (gnu || osAbi == ELFOSABI_NONE) ? 'D' : 'o';
  }
}
