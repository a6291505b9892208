package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * The ZIP64 end-of-central-directory record (APPNOTE.TXT 4.3.14), written just before the
 * {@linkplain Zip64Locator locator} when a count, size or offset outgrows the classic record.
 */
@BufferFormat("<I Q HH II QQQQ")
public interface Zip64EndOfCentralDirectory {
  /** {@code PK\6\6}. */
  int SIGNATURE = 0x06064b50;

  /** The signature, as raw bits: {@link #SIGNATURE} when this is the record. */
  int signature();

  /** The size of the rest of the record: 44 plus any extensible data, excluding these 12 bytes. */
  long recordSize();

  /** The version and host system of the writer. */
  int versionMadeBy();

  /** The version a reader needs. */
  int versionNeeded();

  /** The number of this disk; 0 for a single file. */
  long diskNumber();

  /** The disk on which the central directory starts; 0 for a single file. */
  long centralDirectoryDisk();

  /** The number of entries on this disk, as raw bits (a negative value is over 2^63). */
  long diskEntries();

  /** The number of entries, as raw bits. */
  long totalEntries();

  /** The size of the central directory, as raw bits. */
  long centralDirectorySize();

  /** The central directory's offset from the start of the archive, as raw bits. */
  long centralDirectoryOffset();
}
