package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * The ZIP64 end-of-central-directory locator (APPNOTE.TXT 4.3.15): the 20 bytes just before the
 * classic end record of a ZIP64 archive, pointing back at the {@link Zip64EndOfCentralDirectory}.
 */
@BufferFormat("<I I Q I")
public interface Zip64Locator {
  /** {@code PK\6\7}. */
  int SIGNATURE = 0x07064b50;

  /** The signature, as raw bits: {@link #SIGNATURE} when this is the locator. */
  int signature();

  /** The disk holding the ZIP64 end record; 0 for a single file. */
  long recordDisk();

  /**
   * The ZIP64 end record's offset from the start of the archive, as raw bits. (Not named
   * {@code recordOffset}: generated views have a method of that name.)
   */
  long endRecordOffset();

  /** The number of disks; 1 (or 0, from some writers) for a single file. */
  long totalDisks();
}
