package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sh_type} and {@code EI_OSABI} names are readelf's, in the context of the file's machine
 * and OS/ABI: every name in {@code section_types.tsv} and {@code os_abis.tsv}, which
 * {@code gen_elf_names.py} recorded from readelf 2.40; and, where the same readelf is installed,
 * readelf itself on the same sweep of values (every range it names something in) under every
 * machine it names and the OS/ABIs that change a name.
 */
class ElfNamesTest {
  private static final Path READELF = Path.of("/usr/bin/readelf");
  /** The OS/ABIs that change a section type's name somewhere, as gen_elf_names.py sweeps them. */
  private static final int[] OS_ABIS = {0, 1, 3, 6, 9, 13, 97};
  /** The machines whose names depend on the OS/ABI, and a few whose names do not. */
  private static final int[] OS_ABI_MACHINES = {0, 2, 15, 40, 43, 50, 62, 105, 140, 221, 224, 0x1059};
  private static final Pattern SECTION = Pattern.compile("^  \\[\\s*(\\d+)]\\s+(.+?)\\s+[0-9a-f]{16} .*");

  @TempDir
  Path dir;

  /** One recorded name: the machine and OS/ABI it was asked for in, the value, and readelf's answer. */
  private record Named(int machine, int osAbi, long value, String name) {}

  @Test
  void everyRecordedSectionTypeNameIsReadelfs() throws IOException {
    List<Named> recorded = recorded("section_types.tsv");
    assertTrue(recorded.size() > 400, recorded.size() + " names");
    for (Named n : recorded) {
      assertEquals(n.name(), ElfNames.sectionType(n.value(), n.machine(), n.osAbi()), n.toString());
    }
    assertEquals("MIPS_DWARF", ElfNames.sectionType(0x7000001eL, 8, 0));
    assertEquals("VERSYM", ElfNames.sectionType(0x6ffffff0L, 0, 0));
    assertEquals("0000000c: <unknown>", ElfNames.sectionType(12, 62, 0));
  }

  @Test
  void everyRecordedOsAbiNameIsReadelfs() throws IOException {
    List<Named> recorded = recorded("os_abis.tsv");
    assertTrue(recorded.size() > 256, recorded.size() + " names");
    for (Named n : recorded) {
      assertEquals(n.name(), ElfNames.osAbi((int) n.value(), n.machine()), n.toString());
    }
    assertEquals("ARM", ElfNames.osAbi(97, ElfNames.EM_ARM));
    assertEquals("<unknown: 61>", ElfNames.osAbi(97, ElfNames.EM_X86_64));
  }

  @Test
  void theInstalledReadelfNamesEverySweptSectionTypeAsStructviewDoes() throws IOException, InterruptedException {
    assumeSameReadelf("section_types.tsv");
    List<long[]> contexts = new ArrayList<>();
    for (int machine : machines()) {
      contexts.add(new long[] {machine, 0});
    }
    for (int machine : OS_ABI_MACHINES) {
      for (int osAbi : OS_ABIS) {
        contexts.add(new long[] {machine, osAbi});
      }
    }
    List<Long> types = sweptTypes();
    List<String> command = new ArrayList<>(List.of(READELF.toString(), "-S", "-W"));
    for (long[] c : contexts) {
      command.add(Files.write(dir.resolve("m" + c[0] + "_o" + c[1]), sections((int) c[0], (int) c[1], types))
          .toString());
    }
    int compared = 0;
    int machine = -1;
    int osAbi = -1;
    for (String line : run(command).split("\n")) {
      if (line.startsWith("File: ")) {
        String[] parts = Path.of(line.substring("File: ".length())).getFileName().toString().split("_");
        machine = Integer.parseInt(parts[0].substring(1));
        osAbi = Integer.parseInt(parts[1].substring(1));
      }
      Matcher m = SECTION.matcher(line);
      int index = m.matches() ? Integer.parseInt(m.group(1)) : 0;
      if (index >= 1 && index <= types.size()) {
        long type = types.get(index - 1);
        assertEquals(m.group(2), ElfNames.sectionType(type, machine, osAbi),
            "e_machine " + machine + ", EI_OSABI " + osAbi + ", sh_type 0x" + Long.toHexString(type));
        compared++;
      }
    }
    assertEquals(contexts.size() * types.size(), compared);
  }

  @Test
  void theInstalledReadelfNamesEveryOsAbiAsStructviewDoes() throws IOException, InterruptedException {
    assumeSameReadelf("os_abis.tsv");
    List<String> command = new ArrayList<>(List.of(READELF.toString(), "-h"));
    for (int machine : OS_ABI_MACHINES) {
      for (int osAbi = 0; osAbi < 256; osAbi++) {
        command.add(Files.write(dir.resolve("m" + machine + "_o" + osAbi), header(machine, osAbi, 0, 0)).toString());
      }
    }
    int compared = 0;
    String file = null;
    for (String line : run(command).split("\n")) {
      if (line.startsWith("File: ")) {
        file = Path.of(line.substring("File: ".length())).getFileName().toString();
      } else if (line.strip().startsWith("OS/ABI:")) {
        String[] parts = file.split("_");
        int machine = Integer.parseInt(parts[0].substring(1));
        int osAbi = Integer.parseInt(parts[1].substring(1));
        assertEquals(line.substring(line.indexOf(':') + 1).strip(), ElfNames.osAbi(osAbi, machine), file);
        compared++;
      }
    }
    assertEquals(OS_ABI_MACHINES.length * 256, compared);
  }

  /** The values gen_elf_names.py sweeps: every range where readelf 2.40 names a type, and around it. */
  static List<Long> sweptTypes() {
    List<Long> types = new ArrayList<>();
    range(types, 0, 0x30);
    range(types, 0x60000000L, 0x60000020L);
    types.addAll(List.of(0x6fff4700L, 0x6fff4701L, 0x6fff4c00L, 0x6fff4c01L));
    range(types, 0x6fffffe0L, 0x70000000L);
    range(types, 0x70000000L, 0x70000040L);
    types.addAll(List.of(0x78000000L, 0x78030000L, 0x78060000L, 0x78610000L, 0x7800ffffL, 0x78ff0000L, 0x79000000L,
        0x79000001L));
    range(types, 0x7f000000L, 0x7f000010L);
    range(types, 0x7fffffe0L, 0x80000000L);
    types.addAll(List.of(0x80000000L, 0x80000001L, 0x8fffffffL, 0xa0000000L, 0xa0000001L, 0xffffffffL, 0x5fffffffL,
        0x12345678L));
    return types;
  }

  private static void range(List<Long> types, long from, long to) {
    for (long t = from; t < to; t++) {
      types.add(t);
    }
  }

  /** An ELF64 header, section 0, one section of each type, and an empty name string table last. */
  static byte[] sections(int machine, int osAbi, List<Long> types) {
    int count = types.size() + 2;
    ByteBuffer b = ByteBuffer.allocate(64 + 64 * count + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put(header(machine, osAbi, count, count - 1)).putLong(40, 64); // e_shoff
    b.position(64 + 64);
    for (long type : types) {
      b.putInt(0).putInt((int) type).position(b.position() + 56);
    }
    b.putInt(0).putInt(3).putLong(0).putLong(0).putLong(64 + 64 * count).putLong(1).putInt(0).putInt(0).putLong(1)
        .putLong(0);
    return b.array();
  }

  /** A 64-byte ELF64 header with these fields, no program headers, and e_shoff 0. */
  static byte[] header(int machine, int osAbi, int shnum, int shstrndx) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, (byte) osAbi}).position(16);
    b.putShort((short) 1).putShort((short) machine).putInt(1).position(52);
    b.putShort((short) 64).putShort((short) 0).putShort((short) 0).putShort((short) 64).putShort((short) shnum)
        .putShort((short) shstrndx);
    return b.array();
  }

  /** Every machine readelf names, and 0 to 299. */
  private static List<Integer> machines() throws IOException {
    TreeSet<Integer> machines = new TreeSet<>();
    for (String line : lines("machines.tsv")) {
      if (!line.startsWith("#")) {
        machines.add(Integer.parseInt(line.split("\t")[0]));
      }
    }
    for (int m = 0; m < 300; m++) {
      machines.add(m);
    }
    return new ArrayList<>(machines);
  }

  private static List<Named> recorded(String resource) throws IOException {
    List<Named> named = new ArrayList<>();
    for (String line : lines(resource)) {
      if (!line.startsWith("#")) {
        String[] c = line.split("\t");
        int machine = Integer.parseInt(c[0]);
        int osAbi = Integer.parseInt(c[1]);
        // section_types.tsv: e_machine, EI_OSABI, sh_type, name; os_abis.tsv: e_machine, EI_OSABI, name
        named.add(c.length == 4 ? new Named(machine, osAbi, Long.decode(c[2]), c[3]) : new Named(machine, osAbi, osAbi,
            c[2]));
      }
    }
    return named;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = ElfNamesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Skips unless readelf is installed, and is the version the resource was recorded from. */
  private static void assumeSameReadelf(String resource) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(READELF), "no readelf on this machine; the recorded names are checked without it");
    String version = run(List.of(READELF.toString(), "--version")).lines().findFirst().orElse("");
    String recordedBy = lines(resource).get(0);
    assumeTrue(recordedBy.contains(version), "readelf here is " + version + ", the names follow " + recordedBy);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "readelf did not finish");
    return out;
  }
}
