package dev.structview.samples.elf;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;

/**
 * {@link Region#require} for ELF's unsigned offsets and sizes: a 64-bit field from 2<sup>63</sup>
 * up reads as a negative {@code long}, and the message must show the number the file holds.
 */
final class Bounds {
  private Bounds() {}

  /**
   * Returns {@code offset} as an int after checking that {@code length} bytes from it (both
   * unsigned) lie within a file of {@code size} bytes.
   *
   * @throws MalformedFileException "section name string table (section #30) at offset 149056 needs
   *     303 bytes, but the file ends at 149100"
   */
  static long require(long size, long offset, long length, String what) {
    if (offset < 0 || length < 0) {
      throw new MalformedFileException(what + " at offset " + Long.toUnsignedString(offset) + " needs "
          + Long.toUnsignedString(length) + " bytes, but the file ends at " + size);
    }
    return Region.check(size, offset, length, what);
  }
}
