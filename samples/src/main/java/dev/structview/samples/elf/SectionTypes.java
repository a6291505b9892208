package dev.structview.samples.elf;

import java.util.Map;

/**
 * The names of {@code sh_type} values, exactly as GNU readelf 2.40 prints them
 * ({@code get_section_type_name} in binutils/readelf.c). A name depends on the value, and in the
 * OS- and processor-specific ranges on the file's {@code e_machine} and {@code EI_OSABI}; readelf
 * looks in this order: the names every file shares (some of them inside those ranges, so they win
 * there: {@code 0x6ffffff6} is {@code GNU_HASH} even under Solaris); then, in LOPROC..HIPROC, the
 * machine's; in LOOS..HIOS, IA-64's, else Solaris's under {@code ELFOSABI_SOLARIS}, else GNU's;
 * in LOUSER..HIUSER, the V850's. A value without a name is shown as readelf shows it:
 * {@code LOPROC+0x1f}, {@code LOOS+0}, {@code LOUSER+0x42}, {@code 0000000c: <unknown>}.
 *
 * <p>{@code samples/src/test/python/gen_elf_names.py} asked readelf for every value in those
 * ranges under every machine it names and the OS/ABIs that matter, and recorded the answers in
 * the test resource {@code elf/section_types.tsv}, which ElfNamesTest checks this table against.
 */
final class SectionTypes {
  private static final long SHT_LOOS = 0x60000000L;
  private static final long SHT_HIOS = 0x6fffffffL;
  private static final long SHT_LOPROC = 0x70000000L;
  private static final long SHT_HIPROC = 0x7fffffffL;
  private static final long SHT_LOUSER = 0x80000000L;
  private static final long SHT_HIUSER = 0xffffffffL;
  /** IA-64's OS-specific register types: {@code 0x78nn....}, named after OS/ABI {@code nn}. */
  private static final long SHT_IA_64_LOPSREG = 0x78000000L;

  private static final int EM_MIPS = 8;
  private static final int EM_MIPS_RS3_LE = 10;
  private static final int EM_PARISC = 15;
  private static final int EM_V800 = 36;
  private static final int EM_ARC = 45;
  private static final int EM_IA_64 = 50;
  private static final int EM_V850 = 87;
  private static final int EM_ARC_COMPACT = 93;
  private static final int EM_MSP430 = 105;
  private static final int EM_TI_C6000 = 140;
  private static final int EM_L1OM = 180;
  private static final int EM_K1OM = 181;
  private static final int EM_ARC_COMPACT2 = 195;
  private static final int EM_NFP = 250;
  private static final int EM_CSKY = 252;
  private static final int EM_CYGNUS_V850 = 0x9080;
  private static final int ELFOSABI_SOLARIS = 6;

  /** Names whatever the machine and OS/ABI. */
  private static final Map<Long, String> GENERIC = Map.ofEntries(
      Map.entry(0L, "NULL"), Map.entry(1L, "PROGBITS"), Map.entry(2L, "SYMTAB"), Map.entry(3L, "STRTAB"),
      Map.entry(4L, "RELA"), Map.entry(5L, "HASH"), Map.entry(6L, "DYNAMIC"), Map.entry(7L, "NOTE"),
      Map.entry(8L, "NOBITS"), Map.entry(9L, "REL"), Map.entry(10L, "SHLIB"), Map.entry(11L, "DYNSYM"),
      Map.entry(14L, "INIT_ARRAY"), Map.entry(15L, "FINI_ARRAY"), Map.entry(16L, "PREINIT_ARRAY"),
      Map.entry(17L, "GROUP"), Map.entry(18L, "SYMTAB SECTION INDICES"), Map.entry(19L, "RELR"),
      Map.entry(0x6ffffff0L, "VERSYM"), Map.entry(0x6ffffff6L, "GNU_HASH"), Map.entry(0x6ffffff7L, "GNU_LIBLIST"),
      Map.entry(0x6ffffffcL, "VERDEF"), Map.entry(0x6ffffffdL, "VERDEF"), Map.entry(0x6ffffffeL, "VERNEED"),
      Map.entry(0x6fffffffL, "VERSYM"), Map.entry(0x7ffffffdL, "AUXILIARY"), Map.entry(0x7fffffffL, "FILTER"));

  /** LOOS..HIOS under every OS/ABI but Solaris. */
  private static final Map<Long, String> GNU = Map.of(
      0x6fff4700L, "GNU_INCREMENTAL_INPUTS", 0x6ffffff5L, "GNU_ATTRIBUTES");

  /** LOOS..HIOS under {@code ELFOSABI_SOLARIS}; readelf's others are generic names, which come first. */
  private static final Map<Long, String> SOLARIS = Map.ofEntries(
      Map.entry(0x6fffffeeL, "SUNW_ancillary"), Map.entry(0x6fffffefL, "SUNW_capchain"),
      Map.entry(0x6ffffff1L, "SUNW_symsort"), Map.entry(0x6ffffff2L, "SUNW_tlssort"),
      Map.entry(0x6ffffff3L, "SUNW_LDYNSYM"), Map.entry(0x6ffffff4L, "SUNW_dof"), Map.entry(0x6ffffff5L, "SUNW_cap"),
      Map.entry(0x6ffffff8L, "SUNW_DEBUGSTR"), Map.entry(0x6ffffff9L, "SUNW_DEBUG"),
      Map.entry(0x6ffffffaL, "SUNW_move"), Map.entry(0x6ffffffbL, "SUNW_COMDAT"));

  /** IA-64's, in both LOOS..HIOS and LOPROC..HIPROC, whatever the OS/ABI. */
  private static final Map<Long, String> IA_64 = Map.ofEntries(
      Map.entry(0x60000000L, "VMS_TRACE"), Map.entry(0x60000001L, "VMS_TIE_SIGNATURES"),
      Map.entry(0x60000002L, "VMS_DEBUG"), Map.entry(0x60000003L, "VMS_DEBUG_STR"),
      Map.entry(0x60000004L, "VMS_LINKAGES"), Map.entry(0x60000005L, "VMS_SYMBOL_VECTOR"),
      Map.entry(0x60000006L, "VMS_FIXUP"), Map.entry(0x70000000L, "IA_64_EXT"),
      Map.entry(0x70000001L, "IA_64_UNWIND"), Map.entry(0x79000000L, "IA_64_PRIORITY_INIT"));

  private static final Map<Long, String> MIPS = Map.ofEntries(
      Map.entry(0x70000000L, "MIPS_LIBLIST"), Map.entry(0x70000001L, "MIPS_MSYM"),
      Map.entry(0x70000002L, "MIPS_CONFLICT"), Map.entry(0x70000003L, "MIPS_GPTAB"),
      Map.entry(0x70000004L, "MIPS_UCODE"), Map.entry(0x70000005L, "MIPS_DEBUG"),
      Map.entry(0x70000006L, "MIPS_REGINFO"), Map.entry(0x70000007L, "MIPS_PACKAGE"),
      Map.entry(0x70000008L, "MIPS_PACKSYM"), Map.entry(0x70000009L, "MIPS_RELD"),
      Map.entry(0x7000000bL, "MIPS_IFACE"), Map.entry(0x7000000cL, "MIPS_CONTENT"),
      Map.entry(0x7000000dL, "MIPS_OPTIONS"), Map.entry(0x70000010L, "MIPS_SHDR"),
      Map.entry(0x70000011L, "MIPS_FDESC"), Map.entry(0x70000012L, "MIPS_EXTSYM"),
      Map.entry(0x70000013L, "MIPS_DENSE"), Map.entry(0x70000014L, "MIPS_PDESC"),
      Map.entry(0x70000015L, "MIPS_LOCSYM"), Map.entry(0x70000016L, "MIPS_AUXSYM"),
      Map.entry(0x70000017L, "MIPS_OPTSYM"), Map.entry(0x70000018L, "MIPS_LOCSTR"),
      Map.entry(0x70000019L, "MIPS_LINE"), Map.entry(0x7000001aL, "MIPS_RFDESC"),
      Map.entry(0x7000001bL, "MIPS_DELTASYM"), Map.entry(0x7000001cL, "MIPS_DELTAINST"),
      Map.entry(0x7000001dL, "MIPS_DELTACLASS"), Map.entry(0x7000001eL, "MIPS_DWARF"),
      Map.entry(0x7000001fL, "MIPS_DELTADECL"), Map.entry(0x70000020L, "MIPS_SYMBOL_LIB"),
      Map.entry(0x70000021L, "MIPS_EVENTS"), Map.entry(0x70000022L, "MIPS_TRANSLATE"),
      Map.entry(0x70000023L, "MIPS_PIXIE"), Map.entry(0x70000024L, "MIPS_XLATE"),
      Map.entry(0x70000025L, "MIPS_XLATE_DEBUG"), Map.entry(0x70000026L, "MIPS_WHIRL"),
      Map.entry(0x70000027L, "MIPS_EH_REGION"), Map.entry(0x70000028L, "MIPS_XLATE_OLD"),
      Map.entry(0x70000029L, "MIPS_PDR_EXCEPTION"), Map.entry(0x7000002aL, "MIPS_ABIFLAGS"),
      Map.entry(0x7000002bL, "MIPS_XHASH"));

  private static final Map<Long, String> PARISC = Map.of(
      0x70000000L, "PARISC_EXT", 0x70000001L, "PARISC_UNWIND", 0x70000002L, "PARISC_DOC",
      0x70000003L, "PARISC_ANNOT", 0x70000004L, "PARISC_DLKM", 0x70000008L, "PARISC_SYMEXTN",
      0x70000009L, "PARISC_STUBS");

  /** The V850's and RH850's, in LOPROC..HIPROC and LOUSER..HIUSER. */
  private static final Map<Long, String> V850 = Map.of(
      0x70000000L, "V850 Small Common", 0x70000001L, "V850 Tiny Common", 0x70000002L, "V850 Zero Common",
      0x80000000L, "RENESAS IOP", 0xa0000000L, "RENESAS INFO");

  private static final Map<Long, String> ARC = Map.of(0x70000001L, "ARC_ATTRIBUTES");
  private static final Map<Long, String> X86_64 = Map.of(0x70000001L, "X86_64_UNWIND");

  /** LOPROC..HIPROC, by machine. */
  private static final Map<Integer, Map<Long, String>> PROCESSOR = Map.ofEntries(
      Map.entry(EM_MIPS, MIPS), Map.entry(EM_MIPS_RS3_LE, MIPS), Map.entry(EM_PARISC, PARISC),
      Map.entry(EM_IA_64, IA_64), Map.entry(ElfNames.EM_X86_64, X86_64), Map.entry(EM_L1OM, X86_64),
      Map.entry(EM_K1OM, X86_64), Map.entry(ElfNames.EM_AARCH64, Map.of(0x70000003L, "AARCH64_ATTRIBUTES")),
      Map.entry(ElfNames.EM_ARM, Map.of(0x70000001L, "ARM_EXIDX", 0x70000002L, "ARM_PREEMPTMAP",
          0x70000003L, "ARM_ATTRIBUTES", 0x70000004L, "ARM_DEBUGOVERLAY", 0x70000005L, "ARM_OVERLAYSECTION")),
      Map.entry(EM_TI_C6000, Map.of(0x70000001L, "C6000_UNWIND", 0x70000002L, "C6000_PREEMPTMAP",
          0x70000003L, "C6000_ATTRIBUTES", 0x7f000000L, "TI_ICODE", 0x7f000001L, "TI_XREF", 0x7f000002L, "TI_HANDLER",
          0x7f000003L, "TI_INITINFO", 0x7f000004L, "TI_PHATTRS")),
      Map.entry(EM_MSP430, Map.of(0x70000003L, "MSP430_ATTRIBUTES", 0x7f000005L, "MSP430_SEC_FLAGS",
          0x7f000006L, "MSP430_SYM_ALIASES")),
      Map.entry(EM_NFP, Map.of(0x70000001L, "NFP_MECONFIG", 0x70000002L, "NFP_INITREG")),
      Map.entry(EM_V800, V850), Map.entry(EM_V850, V850), Map.entry(EM_CYGNUS_V850, V850),
      Map.entry(ElfNames.EM_RISCV, Map.of(0x70000003L, "RISCV_ATTRIBUTES")),
      Map.entry(EM_CSKY, Map.of(0x70000001L, "CSKY_ATTRIBUTES")),
      Map.entry(EM_ARC, ARC), Map.entry(EM_ARC_COMPACT, ARC), Map.entry(EM_ARC_COMPACT2, ARC));

  private SectionTypes() {}

  /** The name readelf gives {@code type} (an unsigned 32-bit value) in a file of {@code machine} and {@code osAbi}. */
  static String name(long type, int machine, int osAbi) {
    String name = GENERIC.get(type);
    if (name != null) {
      return name;
    }
    if (type >= SHT_LOPROC && type <= SHT_HIPROC) {
      return named(processor(type, machine), "LOPROC+", type - SHT_LOPROC);
    }
    if (type >= SHT_LOOS && type <= SHT_HIOS) {
      Map<Long, String> names = machine == EM_IA_64 ? IA_64 : osAbi == ELFOSABI_SOLARIS ? SOLARIS : GNU;
      return named(names.get(type), "LOOS+", type - SHT_LOOS);
    }
    if (type >= SHT_LOUSER && type <= SHT_HIUSER) {
      boolean v850 = machine == EM_V800 || machine == EM_V850 || machine == EM_CYGNUS_V850;
      return named(v850 ? V850.get(type) : null, "LOUSER+", type - SHT_LOUSER);
    }
    return String.format("%08x: <unknown>", type);
  }

  private static String processor(long type, int machine) {
    if (machine == EM_IA_64 && (type & 0xff000000L) == SHT_IA_64_LOPSREG) {
      return ElfNames.osAbi((int) (type >>> 16) & 0xff, machine);
    }
    return PROCESSOR.getOrDefault(machine, Map.of()).get(type);
  }

  /** {@code name}, or readelf's {@code "LOPROC+%#x"}: C's {@code %#x} prints 0 bare and anything else after 0x. */
  private static String named(String name, String range, long offset) {
    if (name != null) {
      return name;
    }
    return range + (offset == 0 ? "0" : "0x" + Long.toHexString(offset));
  }
}
