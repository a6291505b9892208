package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * The end-of-central-directory record (APPNOTE.TXT 4.3.16): the last structure of an archive,
 * followed only by the archive comment. It says where the central directory is and how many
 * entries it holds; a field of all ones means "see the ZIP64 record".
 */
@BufferFormat("<I HHHH II H")
public interface EndOfCentralDirectory {
  /** {@code PK\5\6}. */
  int SIGNATURE = 0x06054b50;

  /** The signature, as raw bits: {@link #SIGNATURE} when this is the record. */
  int signature();

  /** The number of this disk (part) of a split archive; 0 for a single file. */
  int diskNumber();

  /** The disk on which the central directory starts; 0 for a single file. */
  int centralDirectoryDisk();

  /** The number of central directory entries on this disk. */
  int diskEntries();

  /** The number of central directory entries, or 0xFFFF when the ZIP64 record holds it. */
  int totalEntries();

  /** The size of the central directory in bytes, or 0xFFFFFFFF when the ZIP64 record holds it. */
  long centralDirectorySize();

  /**
   * The central directory's offset from the start of the archive (which prefixed data such as a
   * self-extracting stub moves), or 0xFFFFFFFF when the ZIP64 record holds it.
   */
  long centralDirectoryOffset();

  /** The length of the archive comment that follows this record. */
  int commentLength();
}
