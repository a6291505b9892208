package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ELF file of 5 GiB whose section header table and name table are past 4 GiB, written sparse:
 * read in place, as readelf reads it, not refused for its size.
 */
class LargeElfTest {
  private static final long SHOFF = 5L << 30;
  private static final byte[] NAMES = "\0.shstrtab\0.big\0".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sectionsPast4GiBAreWhatReadelfReads(@TempDir Path dir) throws IOException, InterruptedException {
    Path file = write(dir.resolve("big.o"));
    ElfFile elf = ElfFile.read(file);
    assertEquals(3, elf.sections().size());
    assertEquals(".big", elf.sections().get(2).name());
    assertEquals(SHOFF - 64, elf.sections().get(2).size());
    assumeTrue(ReadElf.available(), "readelf is not installed");
    ElfAssertions.assertMatches(ReadElf.run(file), elf);
  }

  /** An ELF64 relocatable file: header, a 5 GiB hole (section .big), then the section table and names. */
  private static Path write(Path file) throws IOException {
    ByteBuffer header = le(64).put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}).put(new byte[8])
        .putShort((short) 1).putShort((short) 62).putInt(1).putLong(0).putLong(0).putLong(SHOFF).putInt(0)
        .putShort((short) 64).putShort((short) 56).putShort((short) 0).putShort((short) 64).putShort((short) 3)
        .putShort((short) 1);
    ByteBuffer table = le(3 * 64 + NAMES.length);
    table.put(new byte[64]); // section 0: SHT_NULL
    section(table, 1, 3, 0, SHOFF + 3 * 64, NAMES.length); // .shstrtab, SHT_STRTAB
    section(table, 11, 1, 2, 64, SHOFF - 64); // .big, SHT_PROGBITS, SHF_ALLOC: the hole
    table.put(NAMES);
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(header.flip(), 0);
      out.write(table.flip(), SHOFF);
    }
    return file;
  }

  private static void section(ByteBuffer table, int name, int type, long flags, long offset, long size) {
    table.putInt(name).putInt(type).putLong(flags).putLong(0).putLong(offset).putLong(size).putInt(0).putInt(0)
        .putLong(1).putLong(0);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
