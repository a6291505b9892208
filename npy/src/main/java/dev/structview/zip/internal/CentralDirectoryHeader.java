package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * A central directory file header (APPNOTE.TXT 4.3.12): the authoritative description of one
 * entry. It is followed by the entry's name, extra field and comment, whose lengths it gives.
 */
@BufferFormat("<I HHHHHH III HHHHH II")
public interface CentralDirectoryHeader {
  /** {@code PK\1\2}. */
  int SIGNATURE = 0x02014b50;

  /** The value of a 32-bit size or offset whose real value is in the ZIP64 extra field. */
  long ZIP64_MARKER = 0xFFFF_FFFFL;

  /** The signature, as raw bits: {@link #SIGNATURE} when this is a header. */
  int signature();

  /** The writer's version (low byte) and host system (high byte: 0 MS-DOS, 3 Unix, ...). */
  int versionMadeBy();

  /** The version a reader needs. */
  int versionNeeded();

  /** The general-purpose bit flags: bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name. */
  int flags();

  /** The compression method: 0 stored, 8 deflated, ... */
  int method();

  /** The MS-DOS modification time: hours, minutes and seconds / 2. */
  int modTime();

  /** The MS-DOS modification date: years since 1980, month and day. */
  int modDate();

  /** The CRC-32 of the uncompressed data. */
  long crc32();

  /** The compressed size, or {@link #ZIP64_MARKER}. */
  long compressedSize();

  /** The uncompressed size, or {@link #ZIP64_MARKER}. */
  long size();

  /** The length of the name that follows this header. */
  int nameLength();

  /** The length of the extra field that follows the name. */
  int extraLength();

  /** The length of the entry comment that follows the extra field. */
  int commentLength();

  /** The disk on which the entry starts, or 0xFFFF. */
  int diskStart();

  /** Internal attributes: bit 0 says the data is text. */
  int internalAttributes();

  /** External attributes: host-specific, such as Unix mode bits in the high 16 bits. */
  long externalAttributes();

  /** The local header's offset from the start of the archive, or {@link #ZIP64_MARKER}. */
  long localHeaderOffset();
}
