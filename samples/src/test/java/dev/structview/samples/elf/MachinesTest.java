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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code e_machine} names are readelf's: every value in {@code machines.tsv}, which
 * {@code gen_elf_machines.py} recorded from readelf for all 65,536 values, and, where the same
 * readelf is installed, readelf itself on the values 0 to 1023 and every named one.
 */
class MachinesTest {
  private static final Path READELF = Path.of("/usr/bin/readelf");
  private static final int LIVE_RANGE = 1024;

  @TempDir
  Path dir;

  @Test
  void everyRecordedNameIsReadelfs() throws IOException {
    Map<Integer, String> recorded = recorded();
    assertTrue(recorded.size() > 200, "machines.tsv has " + recorded.size() + " names");
    recorded.forEach((machine, name) -> assertEquals(name, ElfNames.machine(machine), "e_machine " + machine));
    assertEquals("Atmel AVR 8-bit microcontroller", ElfNames.machine(83));
  }

  @Test
  void theInstalledReadelfAgrees() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(READELF), "no readelf on this machine; machines.tsv is checked without it");
    String version = new String(run(List.of(READELF.toString(), "--version")), StandardCharsets.UTF_8).lines()
        .findFirst().orElse("");
    assumeTrue(header().contains(version), "readelf here is " + version + ", the table follows " + header());
    List<Integer> machines = new ArrayList<>(recorded().keySet());
    for (int m = 0; m < LIVE_RANGE; m++) {
      machines.add(m);
    }
    Map<Integer, String> readelf = readelf(machines);
    readelf.forEach((machine, name) -> assertEquals(name, ElfNames.machine(machine), "e_machine " + machine));
    assertTrue(readelf.size() >= LIVE_RANGE, readelf.size() + " headers read");
  }

  /** What readelf -h prints as each header's Machine. */
  private Map<Integer, String> readelf(List<Integer> machines) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(READELF.toString(), "-h"));
    for (int m : new java.util.TreeSet<>(machines)) {
      command.add(Files.write(dir.resolve("m" + m), header(m)).toString());
    }
    Map<Integer, String> names = new LinkedHashMap<>();
    int current = -1;
    for (String line : new String(run(command), StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("File: ")) {
        current = Integer.parseInt(Path.of(line.substring("File: ".length())).getFileName().toString().substring(1));
      } else if (line.strip().startsWith("Machine:")) {
        names.put(current, line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return names;
  }

  /** A 64-byte ELF64 header whose only content is {@code e_machine}, as gen_elf_machines.py writes it. */
  private static byte[] header(int machine) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}).position(16);
    b.putShort((short) 1).putShort((short) machine).putInt(1).position(52);
    b.putShort((short) 64);
    return b.array();
  }

  private static byte[] run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "readelf did not finish");
    return out;
  }

  private static List<String> tsv() throws IOException {
    try (InputStream in = MachinesTest.class.getResourceAsStream("machines.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors
          .toList());
    }
  }

  private static String header() throws IOException {
    return tsv().get(0);
  }

  private static Map<Integer, String> recorded() throws IOException {
    Map<Integer, String> names = new LinkedHashMap<>();
    tsv().stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).forEach(c -> names.put(Integer
        .parseInt(c[0]), c[1]));
    return names;
  }
}
