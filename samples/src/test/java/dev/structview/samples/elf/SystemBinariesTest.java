package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads binaries of the machine running the tests: {@code /bin/ls}, the JDK's {@code java}
 * launcher and {@code libjvm.so}. Checked against readelf where it is installed, and against what
 * is known of them everywhere.
 */
class SystemBinariesTest {
  /** {@code e_machine} by {@code os.arch}. */
  private static final Map<String, Integer> MACHINES = Map.of("amd64", 62, "x86_64", 62, "aarch64", 183,
      "riscv64", 243, "ppc64le", 21, "ppc64", 21, "s390x", 22, "loongarch64", 258);

  static Stream<Path> binaries() {
    Path javaHome = Path.of(System.getProperty("java.home"));
    return Stream.of(Path.of("/bin/ls"), javaHome.resolve("bin/java"), javaHome.resolve("lib/server/libjvm.so"));
  }

  @ParameterizedTest
  @MethodSource("binaries")
  void readsWhatIsKnownOfTheMachinesBinaries(Path binary) throws IOException {
    assumeTrue(Files.isRegularFile(binary), binary + " is not on this machine");
    ElfFile elf = ElfFile.read(binary);
    FileHeader h = elf.header();
    assertTrue(h.identification().startsWith("7f 45 4c 46 "), h.identification());
    assertEquals(System.getProperty("sun.arch.data.model").equals("64") ? ElfClass.ELF64 : ElfClass.ELF32,
        h.elfClass());
    assertEquals(ByteOrder.nativeOrder(), h.order());
    Integer machine = MACHINES.get(System.getProperty("os.arch"));
    if (machine != null) {
      assertEquals(machine, h.machine());
    }
    assertEquals(1, h.version());
    assertTrue(h.type() == 2 || h.type() == 3, "EXEC or DYN: " + h.type());
    assertEquals(h.elfClass() == ElfClass.ELF64 ? 64 : 52, h.headerSize());
    assertSectionsAreWellFormed(elf);
  }

  private static void assertSectionsAreWellFormed(ElfFile elf) {
    List<String> names = elf.sections().stream().map(Section::name).collect(Collectors.toList());
    assertTrue(names.containsAll(List.of(".text", ".shstrtab", ".dynsym", ".dynstr")), names.toString());
    assertEquals(".shstrtab", elf.sections().get(elf.sectionNameTable()).name());
    assertEquals(new Section(0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0), elf.sections().get(0));
    for (int i = 0; i < elf.sections().size(); i++) {
      assertEquals(i, elf.sections().get(i).index());
    }
    Section text = elf.section(".text").orElseThrow();
    assertEquals(1, text.type()); // PROGBITS
    assertEquals("AX", SectionFlags.letters(text.flags(), elf.header().machine(), elf.header().osAbi()));
    long entry = elf.header().entry();
    if (entry != 0) { // libraries such as libjvm.so have none
      assertTrue(text.address() <= entry && entry < text.address() + text.size(), "the entry point lies in .text");
    }
  }

  @ParameterizedTest
  @MethodSource("binaries")
  void matchesReadelf(Path binary) throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(binary), binary + " is not on this machine");
    assumeTrue(ReadElf.available(), "readelf is not installed");
    ReadElf.Output readelf = ReadElf.run(binary);
    ElfAssertions.assertMatches(readelf, ElfFile.read(binary));
    ElfAssertions.assertCommandHeaderMatches(readelf, binary);
  }
}
