package dev.structview.zip;

import java.util.Objects;

/**
 * One entry of a ZIP archive as its central directory describes it, detached from the file: a
 * {@link ZipArchive} hands these out and reads the data of the ones it handed out.
 *
 * <p>Names and comments are decoded as {@code java.util.zip.ZipFile} and Info-ZIP {@code unzip}
 * show them: as UTF-8 under general-purpose flag bit 11; without it, as UTF-8 when the bytes are
 * valid UTF-8 (what Info-ZIP {@code zip}, {@code jar} and most libraries write on Linux and macOS
 * without setting the flag) and as IBM code page 437 otherwise (names made on MS-DOS and Windows,
 * as APPNOTE.TXT appendix D says). A name never fails to decode: malformed UTF-8 under bit 11
 * gives U+FFFD replacement characters.
 *
 * @param name the entry's name, decoded as above
 * @param method the compression method: 0 stored, 8 deflated, ... ({@link #methodName()})
 * @param compressedSize the size of the stored data in bytes
 * @param size the size of the uncompressed data in bytes
 * @param crc32 the CRC-32 of the uncompressed data, 0 to 2^32 - 1
 * @param localHeaderOffset where the entry's local header is in the file: the offset the
 *     archive records, plus the length of any data prefixed to the archive
 * @param dataOffset where the entry's (compressed) data is in the file: after the local header,
 *     whose name and extra field may differ in length from the central directory's
 * @param modified the MS-DOS modification date and time
 * @param flags the general-purpose bit flags
 * @param comment the entry's comment, empty when it has none
 */
public record ZipEntryInfo(String name, int method, long compressedSize, long size, long crc32,
    long localHeaderOffset, long dataOffset, DosDateTime modified, int flags, String comment) {
  /** Compression method 0: the data is stored as it is. */
  public static final int STORED = 0;
  /** Compression method 8: the data is deflated (RFC 1951). */
  public static final int DEFLATED = 8;
  /** General-purpose flag bit 0: the data is encrypted. */
  public static final int FLAG_ENCRYPTED = 1;
  /** General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor. */
  public static final int FLAG_DATA_DESCRIPTOR = 1 << 3;
  /** General-purpose flag bit 11: the name and comment are UTF-8. */
  public static final int FLAG_UTF8 = 1 << 11;

  /** Checks that no component is null. */
  public ZipEntryInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(comment, "comment");
  }

  /** Returns whether the entry is a directory: its name ends with {@code /}, as for {@code ZipEntry}. */
  public boolean directory() {
    return name.endsWith("/");
  }

  /** Returns whether the data is encrypted. */
  public boolean encrypted() {
    return (flags & FLAG_ENCRYPTED) != 0;
  }

  /** Returns whether a data descriptor follows the data. */
  public boolean hasDataDescriptor() {
    return (flags & FLAG_DATA_DESCRIPTOR) != 0;
  }

  /** Returns whether the name and comment were decoded as UTF-8 (flag bit 11). */
  public boolean utf8() {
    return (flags & FLAG_UTF8) != 0;
  }

  /** Returns the method's name, as in APPNOTE.TXT 4.4.5: {@code stored}, {@code deflated}, ... */
  public String methodName() {
    return ZipMethods.name(method);
  }
}
