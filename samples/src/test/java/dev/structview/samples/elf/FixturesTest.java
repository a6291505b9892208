package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the synthetic files of {@code gen_elf_fixtures.py} (both byte orders, ELF32 and ELF64, and
 * the section count and name index escapes), checked against the values the script recorded and
 * against readelf, which reads either byte order on any machine.
 */
class FixturesTest {
  static Stream<String> fixtures() throws IOException {
    return Fixtures.all().stream().map(Fixtures.Fixture::name);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsWhatTheScriptWrote(String name) throws IOException {
    Fixtures.Fixture fixture = Fixtures.named(name);
    ElfFile elf = ElfFile.read(fixture.path());
    assertHeader(fixture.header(), elf);
    assertEquals(fixture.sections().size(), elf.sections().size());
    for (int i = 0; i < elf.sections().size(); i++) {
      assertSection(fixture.sections().get(i), elf.sections().get(i));
    }
  }

  private static void assertHeader(Fixtures.Header x, ElfFile elf) {
    FileHeader h = elf.header();
    assertEquals(x.bits() == 64 ? ElfClass.ELF64 : ElfClass.ELF32, h.elfClass());
    assertEquals(x.data().equals("little") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, h.order());
    assertEquals(List.of(x.osAbi(), x.abiVersion(), x.type(), x.machine()),
        List.of(h.osAbi(), h.abiVersion(), h.type(), h.machine()));
    assertEquals(List.of(x.version(), x.entry(), x.phoff(), x.shoff(), x.flags()),
        List.of(h.version(), h.entry(), h.programHeaderOffset(), h.sectionHeaderOffset(), h.flags()));
    assertEquals(List.of(x.ehsize(), x.phentsize(), x.phnum(), x.shentsize(), x.shnum(), x.shstrndx()),
        List.of(h.headerSize(), h.programHeaderSize(), h.programHeaderCount(), h.sectionHeaderSize(),
            h.sectionHeaderCount(), h.sectionNameIndex()));
    assertEquals(x.sections(), elf.sections().size());
    assertEquals(x.nameTable(), elf.sectionNameTable());
  }

  private static void assertSection(Fixtures.SectionRow x, Section s) {
    assertEquals(new Section(x.index(), x.name(), x.type(), x.flags(), x.address(), x.offset(), x.size(), x.link(),
        x.info(), x.alignment(), x.entrySize()), s);
  }

  /** Offsets count from the buffer's position, and a heap buffer reads as the mapped file does. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void readsAHeapBufferFromItsPosition(String name) throws IOException {
    Fixtures.Fixture fixture = Fixtures.named(name);
    byte[] file = fixture.bytes();
    byte[] padded = new byte[file.length + 10];
    System.arraycopy(file, 0, padded, 7, file.length);
    ByteBuffer buffer = ByteBuffer.wrap(padded, 7, file.length).asReadOnlyBuffer();
    assertEquals(ElfFile.read(fixture.path()), ElfFile.read(buffer));
    assertEquals(7, buffer.position());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void matchesReadelf(String name) throws IOException, InterruptedException {
    assumeTrue(ReadElf.available(), "readelf is not installed");
    Fixtures.Fixture fixture = Fixtures.named(name);
    ReadElf.Output readelf = ReadElf.run(fixture.path());
    ElfAssertions.assertMatches(readelf, ElfFile.read(fixture.path()));
    ElfAssertions.assertCommandHeaderMatches(readelf, fixture.path());
  }
}
