package dev.structview.samples.elf;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.buffer.Memory;
import java.nio.charset.StandardCharsets;

/**
 * The section name string table ({@code .shstrtab}): NUL-terminated names, found by their offset
 * in the table. Each name is checked to start inside the table and to end, with its NUL, before
 * the table does: a name never runs into the bytes after it.
 */
final class StringTable {
  /** The table of a file without one ({@code e_shstrndx} is {@code SHN_UNDEF}): every name is empty. */
  static final StringTable NONE = new StringTable(null, -1, 0, 0);

  private final Memory file;
  private final int index;
  private final long start;
  private final long size;

  private StringTable(Memory file, int index, long start, long size) {
    this.file = file;
    this.index = index;
    this.start = start;
    this.size = size;
  }

  /**
   * The table that section {@code index} holds, after checking that its bytes lie in the file.
   *
   * @throws MalformedFileException if they do not, or the section has no bytes in the file
   */
  static StringTable of(Memory file, SectionHeader header, int index) {
    String what = "section name string table (section #" + index + ")";
    if (!header.hasFileBytes()) {
      throw new MalformedFileException(what + " is NOBITS: its bytes are not in the file");
    }
    long start = Bounds.require(file.byteSize(), header.offset(), header.size(), what);
    return new StringTable(file, index, start, header.size());
  }

  /**
   * The name at {@code nameOffset}, for section header {@code section} at file offset
   * {@code headerOffset} (which the message names if the name is bad).
   *
   * @throws MalformedFileException if the name starts past the table, or has no NUL before its end
   */
  String name(long nameOffset, int section, long headerOffset) {
    if (file == null) {
      return "";
    }
    if (nameOffset >= size) {
      throw new MalformedFileException(where(section, headerOffset) + ": sh_name " + nameOffset
          + " is past the end of the section name string table (section #" + index + ", " + size
          + " bytes at offset " + start + ")");
    }
    long from = start + nameOffset;
    long end = start + size;
    for (long i = from; i < end; i++) {
      if (file.getByte(i) == 0) {
        if (i - from > Integer.MAX_VALUE) {
          break; // no Java string holds it: reported as having no NUL where a name can end
        }
        byte[] name = new byte[(int) (i - from)];
        file.copyTo(from, name, 0, name.length);
        return new String(name, StandardCharsets.UTF_8);
      }
    }
    throw new MalformedFileException(where(section, headerOffset) + ": its name at offset " + from + " (sh_name "
        + nameOffset + ") has no terminating NUL before the section name string table (section #" + index
        + ") ends at offset " + end);
  }

  private static String where(int section, long headerOffset) {
    return "section header #" + section + " at offset " + headerOffset;
  }
}
