package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken files, one defect each: every one is a {@link MalformedFileException} whose
 * message names the structure, its offset and what is wrong. Field offsets are the generated
 * views' constants; files are the fixtures with one field overwritten.
 */
class MalformedElfTest {
  private static final int SECTION64 = SectionHeader_Big64View.SIZE;

  /** A fixture's bytes, to overwrite in its own byte order; and what it reads as, unbroken. */
  private static final class Patch {
    final byte[] bytes;
    final ByteBuffer fields;
    final ElfFile original;

    Patch(String fixture) throws IOException {
      bytes = Fixtures.named(fixture).bytes();
      original = ElfFile.read(ByteBuffer.wrap(bytes));
      fields = ByteBuffer.wrap(bytes).order(original.header().order());
    }

    int shoff() {
      return (int) original.header().sectionHeaderOffset();
    }

    /** The file offset of a field of an ELF64 section header. */
    int section(int index, int field) {
      return shoff() + index * SECTION64 + field;
    }

    Section nameTable() {
      return original.sections().get(original.sectionNameTable());
    }

    String failure() {
      return failure(bytes);
    }

    static String failure(byte[] bytes) {
      return assertThrows(MalformedFileException.class, () -> ElfFile.read(ByteBuffer.wrap(bytes))).getMessage();
    }
  }

  @Test
  void emptyFile() {
    assertEquals("not an ELF file: it is empty", Patch.failure(new byte[0]));
  }

  @Test
  void otherFormats() {
    assertEquals("not an ELF file: it starts with 50 4b 03 04, not the ELF magic 7f 45 4c 46",
        Patch.failure(Arrays.copyOf("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), 100)));
    assertEquals("not an ELF file: it starts with 23 21, not the ELF magic 7f 45 4c 46",
        Patch.failure("#!".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void truncatedIdentification() {
    assertEquals("ELF identification (e_ident) at offset 0 needs 16 bytes, but the file ends at 3",
        Patch.failure(new byte[] {0x7f, 'E', 'L'}));
    assertEquals("ELF identification (e_ident) at offset 0 needs 16 bytes, but the file ends at 6",
        Patch.failure(new byte[] {0x7f, 'E', 'L', 'F', 2, 1}));
  }

  @Test
  void badIdentification() throws IOException {
    Patch p = new Patch("big64.elf");
    p.bytes[ElfIdentView.ELF_CLASS_OFFSET] = 3;
    assertEquals("ELF identification (e_ident) at offset 0: EI_CLASS (byte 4) is 3; expected 1 (ELFCLASS32) or 2"
        + " (ELFCLASS64)", p.failure());
    p = new Patch("big64.elf");
    p.bytes[ElfIdentView.DATA_OFFSET] = 0;
    assertEquals("ELF identification (e_ident) at offset 0: EI_DATA (byte 5) is 0; expected 1 (ELFDATA2LSB,"
        + " little-endian) or 2 (ELFDATA2MSB, big-endian)", p.failure());
    p = new Patch("big64.elf");
    p.bytes[ElfIdentView.VERSION_OFFSET] = 2;
    assertEquals("ELF identification (e_ident) at offset 0: EI_VERSION (byte 6) is 2; expected 1 (EV_CURRENT)",
        p.failure());
  }

  @Test
  void truncatedHeader() throws IOException {
    assertEquals("ELF64 file header at offset 0 needs 64 bytes, but the file ends at 40",
        Patch.failure(Arrays.copyOf(new Patch("big64.elf").bytes, 40)));
    assertEquals("ELF32 file header at offset 0 needs 52 bytes, but the file ends at 30",
        Patch.failure(Arrays.copyOf(new Patch("little32.elf").bytes, 30)));
  }

  @Test
  void wrongSectionHeaderSize() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putShort(ElfHeader_Big64View.SECTION_HEADER_SIZE_OFFSET, (short) 60);
    assertEquals("ELF64 file header at offset 0: e_shentsize is 60, but an ELF64 section header is 64 bytes",
        p.failure());
  }

  @Test
  void sectionTablePastTheEnd() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putLong(ElfHeader_Big64View.SECTION_HEADER_OFFSET_OFFSET, -256L); // 2^64 - 256, unsigned
    assertEquals("ELF64 section header table at offset 18446744073709551360 (e_shoff) starts past the end of the"
        + " file, at " + p.bytes.length, p.failure());
  }

  @Test
  void sectionTableCutShort() throws IOException {
    Patch p = new Patch("big64.elf");
    int end = p.shoff() + 100;
    assertEquals("ELF64 section header table at offset " + p.shoff() + " needs 13 entries (e_shnum) of 64 bytes,"
        + " but the file ends at " + end + ", room for 1", Patch.failure(Arrays.copyOf(p.bytes, end)));
  }

  @Test
  void countsThatWouldNeedGigabytes() throws IOException {
    Patch p = new Patch("xindex64.elf");
    p.fields.putLong(p.section(0, SectionHeader_Little64View.SIZE_OFFSET), 1L << 40);
    String room = " of 64 bytes, but the file ends at " + p.bytes.length + ", room for 9";
    assertEquals("ELF64 section header table at offset " + p.shoff() + " needs 1099511627776 entries (section 0's"
        + " sh_size, as e_shnum is 0)" + room, p.failure());
    p.fields.putLong(p.section(0, SectionHeader_Little64View.SIZE_OFFSET), -1L);
    assertTrue(p.failure().contains(" needs 18446744073709551615 entries (section 0's sh_size"), p.failure());

    Patch big = new Patch("big64.elf");
    big.fields.putShort(ElfHeader_Big64View.SECTION_HEADER_COUNT_OFFSET, (short) 0xfffe);
    assertTrue(big.failure().contains(" needs 65534 entries (e_shnum) of 64 bytes"), big.failure());
  }

  @Test
  void sectionZeroCutShort() throws IOException {
    Patch p = new Patch("xindex64.elf");
    assertEquals("ELF64 section header 0 (which holds the extended e_shnum, e_shstrndx or e_phnum) at offset "
        + p.shoff() + " needs 64 bytes, but the file ends at " + (p.shoff() + 10),
        Patch.failure(Arrays.copyOf(p.bytes, p.shoff() + 10)));
  }

  @Test
  void nameTableIndexPastTheTable() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putShort(ElfHeader_Big64View.SECTION_NAME_INDEX_OFFSET, (short) 40);
    assertEquals("ELF64 file header at offset 0: e_shstrndx 40 is not a section: the table has 13", p.failure());

    Patch x = new Patch("xindex64.elf");
    x.fields.putInt(x.section(0, SectionHeader_Little64View.LINK_OFFSET), 1000);
    assertEquals("ELF64 section header 0 at offset " + x.shoff() + ": sh_link 1000 (the section name table's"
        + " index, as e_shstrndx is SHN_XINDEX) is not a section: the table has 9", x.failure());
  }

  @Test
  void nameTableOutsideTheFile() throws IOException {
    Patch p = new Patch("big64.elf");
    int at = p.section(p.original.sectionNameTable(), SectionHeader_Big64View.OFFSET_OFFSET);
    p.fields.putLong(at, p.bytes.length - 10);
    assertEquals("section name string table (section #12) at offset " + (p.bytes.length - 10) + " needs "
        + p.nameTable().size() + " bytes, but the file ends at " + p.bytes.length, p.failure());
    p.fields.putLong(at + SectionHeader_Big64View.SIZE_OFFSET - SectionHeader_Big64View.OFFSET_OFFSET, -1L);
    assertTrue(p.failure().contains(" needs 18446744073709551615 bytes"), p.failure());
  }

  @Test
  void nameTableWithoutBytes() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putInt(p.section(p.original.sectionNameTable(), SectionHeader_Big64View.TYPE_OFFSET), 8);
    assertEquals("section name string table (section #12) is NOBITS: its bytes are not in the file", p.failure());
  }

  @Test
  void nameOffsetPastTheTable() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putInt(p.section(3, SectionHeader_Big64View.NAME_OFFSET_OFFSET), 5000);
    assertEquals("section header #3 at offset " + p.section(3, 0) + ": sh_name 5000 is past the end of the section"
        + " name string table (section #12, " + p.nameTable().size() + " bytes at offset " + p.nameTable().offset()
        + ")", p.failure());
  }

  @Test
  void nameWithoutItsNul() throws IOException {
    Patch p = new Patch("big64.elf");
    Section table = p.nameTable();
    // The table ends with ".shstrtab\0": one byte shorter, its last name runs to the end.
    p.fields.putLong(p.section(12, SectionHeader_Big64View.SIZE_OFFSET), table.size() - 1);
    long name = table.size() - ".shstrtab".length() - 1;
    assertEquals("section header #12 at offset " + p.section(12, 0) + ": its name at offset "
        + (table.offset() + name) + " (sh_name " + name + ") has no terminating NUL before the section name string"
        + " table (section #12) ends at offset " + (table.offset() + table.size() - 1), p.failure());
  }

  @Test
  void noSectionTableReadsAsNoSections() throws IOException {
    Patch p = new Patch("big64.elf");
    p.fields.putLong(ElfHeader_Big64View.SECTION_HEADER_OFFSET_OFFSET, 0);
    ElfFile elf = ElfFile.read(ByteBuffer.wrap(p.bytes));
    assertEquals(0, elf.sections().size());
    assertEquals(0, elf.sectionNameTable());
  }

  @Test
  void noNameTableReadsAsEmptyNames() throws IOException {
    Patch p = new Patch("little32.elf");
    p.fields.putShort(ElfHeader_Little32View.SECTION_NAME_INDEX_OFFSET, (short) 0);
    ElfFile elf = ElfFile.read(ByteBuffer.wrap(p.bytes));
    assertEquals(p.original.sections().size(), elf.sections().size());
    assertTrue(elf.sections().stream().allMatch(s -> s.name().isEmpty()));
    assertEquals(ByteOrder.LITTLE_ENDIAN, elf.header().order());
  }
}
