package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three header counts that escape to section 0 ({@code e_phnum}, {@code e_shnum},
 * {@code e_shstrndx}) print as readelf 2.40 prints them: the escape's value in parentheses whenever
 * the file has a section header table, even when it is the same ({@code 0 (0)}); the field alone
 * without one; and readelf's mark for a name table index past a table there is not. The expected
 * lines are readelf's for the same files; where readelf is installed, the whole header is compared
 * with its own too.
 */
class ElfHeaderCountsTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "e_shoff {0}, e_phnum {1}, e_shnum {2}, e_shstrndx {3}, section 0 {4}/{5}/{6}")
  @CsvSource(delimiter = '|', value = {
      // e_shoff | e_phnum | e_shnum | e_shstrndx | section 0's sh_size, sh_link, sh_info | sections after it
      //     | readelf's "Number of program headers", "Number of section headers", "Section header string table index"
      "64 | 0     | 0 | 0     | 0 | 0 | 0     | 0 | 0             | 0 (0) | 0",
      "64 | 0     | 0 | 0     | 3 | 0 | 0     | 2 | 0             | 0 (3) | 0",
      "0  | 0     | 5 | 0     | 0 | 0 | 0     | 0 | 0             | 5     | 0",
      "0  | 0     | 5 | 3     | 0 | 0 | 0     | 0 | 0             | 5     | 3",
      "0  | 0     | 5 | 7     | 0 | 0 | 0     | 0 | 0             | 5     | 7 <corrupt: out of range>",
      "0  | 0     | 0 | 65535 | 0 | 0 | 0     | 0 | 0             | 0     | 65535 <corrupt: out of range>",
      "64 | 0     | 3 | 65535 | 0 | 0 | 0     | 2 | 0             | 3     | 65535 (0)",
      "64 | 65535 | 2 | 0     | 0 | 0 | 7     | 1 | 65535 (7)     | 2     | 0",
      "64 | 65535 | 2 | 0     | 0 | 0 | 0     | 1 | 65535         | 2     | 0",
      "0  | 65535 | 0 | 0     | 0 | 0 | 0     | 0 | 65535         | 0     | 0",
      "64 | 65535 | 0 | 0     | 0 | 0 | 65535 | 0 | 65535 (65535) | 0 (0) | 0",
      "64 | 65535 | 0 | 65535 | 3 | 0 | 9     | 2 | 65535 (9)     | 0 (3) | 65535 (0)"})
  void printsTheCountsAsReadelf(long shoff, int phnum, int shnum, int shstrndx, long size, long link, long info,
      int more, String programHeaders, String sectionHeaders, String nameTable) throws Exception {
    Path file = Files.write(dir.resolve("counts.elf"), elf(shoff, phnum, shnum, shstrndx, size, link, info, more));
    ElfFile elf = ElfFile.read(file);
    assertEquals(programHeaders, ElfCommand.programHeaders(elf));
    assertEquals(sectionHeaders, ElfCommand.sectionHeaders(elf));
    assertEquals(nameTable, ElfCommand.nameTableIndex(elf));
    if (ReadElf.available()) {
      ElfAssertions.assertCommandHeaderMatches(ReadElf.run(file), file);
    }
  }

  /**
   * An ELF64 x86-64 header with these fields; with a table, section 0 with these values and
   * {@code more} PROGBITS sections after it; then 64 zeros.
   */
  private static byte[] elf(long shoff, int phnum, int shnum, int shstrndx, long size, long link, long info, int more)
      throws IOException {
    int sections = shoff == 0 ? 0 : 1 + more;
    ByteBuffer b = ByteBuffer.allocate(64 + 64 * sections + 64).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}).position(16);
    b.putShort((short) 1).putShort((short) ElfNames.EM_X86_64).putInt(1).putLong(0).putLong(0).putLong(shoff).putInt(0);
    b.putShort((short) 64).putShort((short) 56).putShort((short) phnum).putShort((short) 64).putShort((short) shnum)
        .putShort((short) shstrndx);
    if (sections > 0) {
      b.putInt(0).putInt(0).putLong(0).putLong(0).putLong(0).putLong(size).putInt((int) link).putInt((int) info)
          .putLong(0).putLong(0);
      for (int i = 0; i < more; i++) {
        b.putInt(0).putInt(1).putLong(0).putLong(0).putLong(0).putLong(0).putInt(0).putInt(0).putLong(1).putLong(0);
      }
    }
    return b.array();
  }
}
