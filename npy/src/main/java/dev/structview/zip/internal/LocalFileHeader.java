package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * A local file header (APPNOTE.TXT 4.3.7): written just before each entry's data, followed by the
 * name and an extra field. Its sizes and CRC may be zero (a data descriptor follows the data
 * instead) or ZIP64 markers, so readers trust the central directory and check only that this
 * header is where the central directory says.
 */
@BufferFormat("<I HHHHH III HH")
public interface LocalFileHeader {
  /** {@code PK\3\4}. */
  int SIGNATURE = 0x04034b50;

  /** The signature, as raw bits: {@link #SIGNATURE} when this is a header. */
  int signature();

  /** The version a reader needs. */
  int versionNeeded();

  /** The general-purpose bit flags. */
  int flags();

  /** The compression method. */
  int method();

  /** The MS-DOS modification time. */
  int modTime();

  /** The MS-DOS modification date. */
  int modDate();

  /** The CRC-32, or 0 when a data descriptor follows the data. */
  long crc32();

  /** The compressed size, 0 (data descriptor) or 0xFFFFFFFF (ZIP64). */
  long compressedSize();

  /** The uncompressed size, 0 (data descriptor) or 0xFFFFFFFF (ZIP64). */
  long size();

  /** The length of the name that follows this header. */
  int nameLength();

  /** The length of the extra field that follows the name. */
  int extraLength();
}
