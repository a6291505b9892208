package dev.structview.samples.elf;

import java.nio.ByteOrder;
import java.util.Map;

/**
 * The names readelf gives ELF's numbers, so that {@code structview elf} reads like
 * {@code readelf -h -S}: data encodings, OS/ABIs, file types, machines ({@link Machines}) and section
 * types ({@link SectionTypes}). Numbers without a name are shown as readelf shows them
 * ({@code "<unknown: 61>"}). The OS/ABI names are checked against {@code elf/os_abis.tsv}, which
 * {@code gen_elf_names.py} recorded from readelf for every value under every machine.
 */
final class ElfNames {
  static final int EM_ARM = 40;
  static final int EM_PPC = 20;
  static final int EM_X86_64 = 62;
  static final int EM_AARCH64 = 183;
  static final int EM_RISCV = 243;
  private static final int EM_MSP430 = 105;
  private static final int EM_TI_C6000 = 140;
  private static final int EM_VISIUM = 221;
  private static final int EM_AMDGPU = 224;
  private static final int EM_MSP430_OLD = 0x1059;
  /** The first {@code EI_OSABI} value whose meaning depends on the machine ({@code ELFOSABI_ARM} is 97). */
  private static final int FIRST_MACHINE_OS_ABI = 64;

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

  /** OS/ABI values from 64 up are the machine's to name: {@code ELFOSABI_ARM} is 97 only on ARM. */
  private static final Map<Integer, Map<Integer, String>> MACHINE_OS_ABIS = Map.of(
      EM_AMDGPU, Map.of(64, "AMD HSA", 65, "AMD PAL", 66, "AMD Mesa3D"),
      EM_ARM, Map.of(65, "ARM FDPIC", 97, "ARM"),
      EM_MSP430, Map.of(255, "Standalone App"),
      EM_MSP430_OLD, Map.of(255, "Standalone App"),
      EM_VISIUM, Map.of(255, "Standalone App"),
      EM_TI_C6000, Map.of(64, "Bare-metal C6000", 65, "Linux C6000"));

  private ElfNames() {}

  /** {@code EI_DATA}: "2's complement, little endian". */
  static String data(ByteOrder order) {
    return "2's complement, " + (order == ByteOrder.LITTLE_ENDIAN ? "little" : "big") + " endian";
  }

  /** {@code EI_OSABI} in a file for {@code machine}: "UNIX - System V"; from 64 up, the machine's names. */
  static String osAbi(int osAbi, int machine) {
    String name = OS_ABIS.get(osAbi);
    if (name == null && osAbi >= FIRST_MACHINE_OS_ABI) {
      name = MACHINE_OS_ABIS.getOrDefault(machine, Map.of()).get(osAbi);
    }
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

  /** {@code sh_type}: "PROGBITS"; see {@link SectionTypes} for how the machine and OS/ABI count. */
  static String sectionType(long type, int machine, int osAbi) {
    return SectionTypes.name(type, machine, osAbi);
  }
}
