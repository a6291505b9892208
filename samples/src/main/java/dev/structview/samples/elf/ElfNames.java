package dev.structview.samples.elf;

import java.nio.ByteOrder;
import java.util.Map;

/**
 * The names readelf gives ELF's numbers, so that {@code structview elf} reads like
 * {@code readelf -h -S}: data encodings, OS/ABIs, file types, machines ({@link Machines}) and section types.
 * Numbers without a name are shown as readelf shows them ({@code "<unknown>: 0x1234"}).
 */
final class ElfNames {
  static final int EM_ARM = 40;
  static final int EM_PPC = 20;
  static final int EM_X86_64 = 62;
  static final int EM_AARCH64 = 183;
  static final int EM_RISCV = 243;

  private static final long SHT_LOOS = 0x60000000L;
  private static final long SHT_HIOS = 0x6fffffffL;
  private static final long SHT_LOPROC = 0x70000000L;
  private static final long SHT_HIPROC = 0x7fffffffL;
  private static final long SHT_LOUSER = 0x80000000L;
  private static final long SHT_HIUSER = 0xffffffffL;

  private static final Map<Integer, String> OS_ABIS = Map.ofEntries(
      Map.entry(0, "UNIX - System V"), Map.entry(1, "UNIX - HP-UX"), Map.entry(2, "UNIX - NetBSD"),
      Map.entry(3, "UNIX - GNU"), Map.entry(6, "UNIX - Solaris"), Map.entry(7, "UNIX - AIX"),
      Map.entry(8, "UNIX - IRIX"), Map.entry(9, "UNIX - FreeBSD"), Map.entry(10, "UNIX - TRU64"),
      Map.entry(11, "Novell - Modesto"), Map.entry(12, "UNIX - OpenBSD"), Map.entry(13, "VMS - OpenVMS"),
      Map.entry(14, "HP - Non-Stop Kernel"), Map.entry(15, "AROS"), Map.entry(16, "FenixOS"),
      Map.entry(17, "Nuxi CloudABI"), Map.entry(18, "Stratus Technologies OpenVOS"));

  private static final Map<Integer, String> FILE_TYPES = Map.of(
      0, "NONE (None)", 1, "REL (Relocatable file)", 2, "EXEC (Executable file)",
      // readelf tells a PIE from a library by its dynamic section, which this sample does not read.
      3, "DYN (Shared object file or position-independent executable)", 4, "CORE (Core file)");

  private static final Map<Long, String> SECTION_TYPES = Map.ofEntries(
      Map.entry(0L, "NULL"), Map.entry(1L, "PROGBITS"), Map.entry(2L, "SYMTAB"), Map.entry(3L, "STRTAB"),
      Map.entry(4L, "RELA"), Map.entry(5L, "HASH"), Map.entry(6L, "DYNAMIC"), Map.entry(7L, "NOTE"),
      Map.entry(8L, "NOBITS"), Map.entry(9L, "REL"), Map.entry(10L, "SHLIB"), Map.entry(11L, "DYNSYM"),
      Map.entry(14L, "INIT_ARRAY"), Map.entry(15L, "FINI_ARRAY"), Map.entry(16L, "PREINIT_ARRAY"),
      Map.entry(17L, "GROUP"), Map.entry(18L, "SYMTAB SECTION INDICES"), Map.entry(19L, "RELR"),
      Map.entry(0x6ffffff5L, "GNU_ATTRIBUTES"), Map.entry(0x6ffffff6L, "GNU_HASH"),
      Map.entry(0x6ffffff7L, "GNU_LIBLIST"), Map.entry(0x6ffffffdL, "VERDEF"), Map.entry(0x6ffffffeL, "VERNEED"),
      Map.entry(0x6fffffffL, "VERSYM"), Map.entry(0x7ffffffdL, "AUXILIARY"), Map.entry(0x7fffffffL, "FILTER"));

  /** Processor-specific section types, by machine. */
  private static final Map<Integer, Map<Long, String>> PROCESSOR_SECTION_TYPES = Map.of(
      EM_X86_64, Map.of(0x70000001L, "X86_64_UNWIND"),
      EM_ARM, Map.of(0x70000001L, "ARM_EXIDX", 0x70000002L, "ARM_PREEMPTMAP", 0x70000003L, "ARM_ATTRIBUTES",
          0x70000004L, "ARM_DEBUGOVERLAY", 0x70000005L, "ARM_OVERLAYSECTION"),
      EM_AARCH64, Map.of(0x70000003L, "AARCH64_ATTRIBUTES"),
      EM_RISCV, Map.of(0x70000003L, "RISCV_ATTRIBUTES"));

  private ElfNames() {}

  /** {@code EI_DATA}: "2's complement, little endian". */
  static String data(ByteOrder order) {
    return "2's complement, " + (order == ByteOrder.LITTLE_ENDIAN ? "little" : "big") + " endian";
  }

  /** {@code EI_OSABI}: "UNIX - System V". */
  static String osAbi(int osAbi) {
    String name = OS_ABIS.get(osAbi);
    return name != null ? name : "<unknown: " + Integer.toHexString(osAbi) + ">";
  }

  /** {@code e_type}: "EXEC (Executable file)". */
  static String fileType(int type) {
    String name = FILE_TYPES.get(type);
    if (name != null) {
      return name;
    }
    String hex = Integer.toHexString(type);
    if (type >= 0xfe00 && type <= 0xfeff) {
      return "OS Specific: (" + hex + ")";
    }
    return type >= 0xff00 ? "Processor Specific: (" + hex + ")" : "<unknown>: " + hex;
  }

  /** {@code e_machine}: "Advanced Micro Devices X86-64". */
  static String machine(int machine) {
    return Machines.name(machine);
  }

  /** {@code sh_type}: "PROGBITS"; processor-specific types depend on the machine. */
  static String sectionType(long type, int machine) {
    String name = SECTION_TYPES.get(type);
    if (name == null && type >= SHT_LOPROC && type <= SHT_HIPROC) {
      name = PROCESSOR_SECTION_TYPES.getOrDefault(machine, Map.of()).get(type);
    }
    if (name != null) {
      return name;
    }
    if (type >= SHT_LOOS && type <= SHT_HIOS) {
      return "LOOS+" + cHex(type - SHT_LOOS);
    }
    if (type >= SHT_LOPROC && type <= SHT_HIPROC) {
      return "LOPROC+" + cHex(type - SHT_LOPROC);
    }
    if (type >= SHT_LOUSER && type <= SHT_HIUSER) {
      return "LOUSER+" + cHex(type - SHT_LOUSER);
    }
    return "<unknown>: " + Long.toHexString(type);
  }

  /** C's {@code %#x}, as readelf prints offsets within a range: {@code 0x12}, but {@code 0} alone. */
  private static String cHex(long value) {
    return value == 0 ? "0" : "0x" + Long.toHexString(value);
  }
}
