package dev.structview.samples.elf;

import dev.structview.buffer.Memory;
import dev.structview.io.MappedFile;
import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an ELF file's header and section header table say, read through generated views over the
 * mapped file and checked structure by structure; immutable.
 *
 * <pre>{@code
 * ElfFile ls = ElfFile.read(Path.of("/bin/ls"));
 * ls.header().machine();                    // 62, x86-64
 * ls.section(".text").orElseThrow().size(); // 0x1509e
 * }</pre>
 *
 * @param header the file header
 * @param sections every section header, section 0 included, in table order; empty when the file
 *     has no section header table
 * @param sectionNameTable the index of the section name string table, escapes resolved; 0 when
 *     there is none (and every name is empty)
 * @param sectionZero section 0 as the table holds it, whose {@code sh_size}, {@code sh_link} and
 *     {@code sh_info} hold the counts too large for the file header (see {@link #programHeaderCount});
 *     read even when its {@code sh_size} makes the count 0, without its name then; all zeros when
 *     the file has no section header table
 */
public record ElfFile(FileHeader header, List<Section> sections, int sectionNameTable, Section sectionZero) {
  /** Copies the list, so that the model stays immutable. */
  public ElfFile {
    sections = List.copyOf(sections);
  }

  /**
   * Maps and reads an ELF file (32 or 64 bits, either byte order).
   *
   * @throws IOException if the file cannot be read (missing, a directory...)
   * @throws MalformedFileException if it is not ELF, or a structure it describes is truncated or
   *     corrupt; the message names the structure, its offset and what is wrong
   */
  public static ElfFile read(Path path) throws IOException {
    try (Memory file = MappedFile.map(path)) {
      return read(file);
    }
  }

  /**
   * Reads an ELF file from the bytes between a buffer's position and limit, in place; the buffer's
   * position is not changed.
   *
   * @throws MalformedFileException if the bytes are not ELF, or a structure they describe is
   *     truncated or corrupt
   */
  public static ElfFile read(ByteBuffer bytes) {
    return read(Memory.of(bytes.slice())); // file offsets count from the buffer's position
  }

  /**
   * Reads an ELF file that is all of {@code file}, of any size, in place; the result does not
   * refer to it.
   *
   * @throws MalformedFileException if the bytes are not ELF, or a structure they describe is
   *     truncated or corrupt
   */
  public static ElfFile read(Memory file) {
    return ElfReader.read(file);
  }

  /**
   * The number of program headers, as readelf resolves it: {@code e_phnum}, or section 0's
   * {@code sh_info} when {@code e_phnum} is {@code PN_XNUM} (0xffff), the file has a section header
   * table, and {@code sh_info} is not 0.
   */
  public long programHeaderCount() {
    return programHeaderCountInSectionZero() ? sectionZero.info() : header.programHeaderCount();
  }

  /** Whether {@link #programHeaderCount()} comes from section 0, as readelf takes it. */
  boolean programHeaderCountInSectionZero() {
    return header.sectionHeaderOffset() != 0 && header.programHeaderCount() == ElfHeader.PN_XNUM
        && sectionZero.info() != 0;
  }

  /** The first section of a name, if any. */
  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
