package dev.structview.samples.elf;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import dev.structview.buffer.Memory;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an ELF file in order: the identification, which gives the class and byte order, then the
 * file header in that layout, then the section header table. Each structure is checked against
 * the file's bounds before a view is placed on it, so a hostile file fails with a
 * {@link MalformedFileException}, never an exception from a view.
 */
final class ElfReader {
  private static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};
  private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ");
  private static final String IDENT = "ELF identification (e_ident)";

  private ElfReader() {}

  /** Reads the ELF file that is all of {@code file}, of any size: each structure is sliced out where it is. */
  static ElfFile read(Memory file) {
    ElfIdent ident = identify(file);
    ElfLayout layout = ElfLayout.of(elfClass(ident), order(ident));
    Region.check(file.byteSize(), 0, layout.headerSize(), layout + " file header");
    ElfHeader header = layout.header(file.slice(0, layout.headerSize()));
    SectionTable table = SectionTable.locate(file, layout, header);
    List<Section> sections = table.sections();
    return new ElfFile(fileHeader(file, ident, layout, header), sections, table.nameIndex(), table.zero(sections));
  }

  /** The identification, after checking the magic and the version. */
  private static ElfIdent identify(Memory file) {
    long size = file.byteSize();
    if (size == 0) {
      throw new MalformedFileException("not an ELF file: it is empty");
    }
    if (size < ElfIdentView.SIZE) {
      // Too short to wrap: say "not ELF" for what is not, "truncated" for what starts like ELF.
      requireMagic(file, (int) Math.min(size, MAGIC.length));
      Region.check(size, 0, ElfIdentView.SIZE, IDENT);
    }
    ElfIdent ident = ElfIdentView.wrap(file.slice(0, ElfIdentView.SIZE), 0);
    if (ident.magic() != ElfIdent.MAGIC) {
      requireMagic(file, MAGIC.length);
    }
    if (ident.version() != ElfIdent.EV_CURRENT) {
      throw badIdent("EI_VERSION", 6, ident.version(), "1 (EV_CURRENT)");
    }
    return ident;
  }

  private static void requireMagic(Memory file, int length) {
    for (int i = 0; i < length; i++) {
      if (file.getByte(i) != MAGIC[i]) {
        byte[] start = new byte[length];
        file.copyTo(0, start, 0, length);
        throw new MalformedFileException("not an ELF file: it starts with " + SPACED_HEX.formatHex(start)
            + ", not the ELF magic 7f 45 4c 46");
      }
    }
  }

  private static ElfClass elfClass(ElfIdent ident) {
    return switch (ident.elfClass()) {
      case ElfIdent.ELFCLASS32 -> ElfClass.ELF32;
      case ElfIdent.ELFCLASS64 -> ElfClass.ELF64;
      default -> throw badIdent("EI_CLASS", 4, ident.elfClass(), "1 (ELFCLASS32) or 2 (ELFCLASS64)");
    };
  }

  private static ByteOrder order(ElfIdent ident) {
    return switch (ident.data()) {
      case ElfIdent.ELFDATA2LSB -> ByteOrder.LITTLE_ENDIAN;
      case ElfIdent.ELFDATA2MSB -> ByteOrder.BIG_ENDIAN;
      default -> throw badIdent("EI_DATA", 5, ident.data(),
          "1 (ELFDATA2LSB, little-endian) or 2 (ELFDATA2MSB, big-endian)");
    };
  }

  private static MalformedFileException badIdent(String field, int offset, int value, String expected) {
    return new MalformedFileException(IDENT + " at offset 0: " + field + " (byte " + offset + ") is " + value
        + "; expected " + expected);
  }

  private static FileHeader fileHeader(Memory file, ElfIdent ident, ElfLayout layout, ElfHeader h) {
    byte[] identification = new byte[ElfIdentView.SIZE];
    file.copyTo(0, identification, 0, identification.length);
    return new FileHeader(layout.elfClass(), layout.order(), SPACED_HEX.formatHex(identification), ident.osAbi(),
        ident.abiVersion(), h.type(), h.machine(), h.version(), h.entry(), h.programHeaderOffset(),
        h.sectionHeaderOffset(), h.flags(), h.headerSize(), h.programHeaderSize(), h.programHeaderCount(),
        h.sectionHeaderSize(), h.sectionHeaderCount(), h.sectionNameIndex());
  }
}
