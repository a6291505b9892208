package dev.structview.zip.internal;

import dev.structview.zip.ZipFormatException;

/** Checks that a structure lies within its container (not just within the file). */
final class Bounds {
  /** The boundary of the file itself, for {@link #within}. */
  static final String FILE_END = "the file ends at";

  private Bounds() {}

  /**
   * Checks that {@code length} bytes from {@code offset} end at or before {@code limit}, in
   * {@code long} arithmetic.
   *
   * @param boundary what is at {@code limit}: {@code "the central directory ends at offset"}
   * @param what the structure: {@code "central directory entry #3"}
   * @throws ZipFormatException "central directory entry #3 at offset 1234 needs 46 bytes, but
   *     the central directory ends at offset 1250"
   */
  static void within(long limit, String boundary, long offset, long length, String what) {
    if (!fits(limit, offset, length)) {
      throw new ZipFormatException(what + " at offset " + offset + " needs " + length + " bytes, but "
          + boundary + " " + limit);
    }
  }

  /**
   * Whether {@code length} bytes from {@code offset} end at or before {@code limit}: the check of
   * {@link #within}, for walks that name the structure only when it fails (a name per entry, made
   * and dropped, was a good part of the cost of listing a large archive).
   */
  static boolean fits(long limit, long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= limit && length <= limit - offset;
  }

  /** Formats a signature as APPNOTE.TXT writes it: {@code 0x02014b50}. */
  static String hex(int signature) {
    return String.format("0x%08x", signature);
  }
}
