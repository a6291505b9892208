package dev.structview.zip.internal;

/**
 * What the end records say, checked: where the central directory really is in the file and how
 * many entries it declares.
 *
 * @param centralDirectoryStart the central directory's first byte in the file
 * @param centralDirectorySize its size in bytes
 * @param declaredEntries the entry count of the end record (the ZIP64 one when there is one)
 * @param prefixLength the bytes before the archive proper, which its offsets do not count
 * @param zip64 whether the archive has ZIP64 end records
 * @param comment the archive comment
 * @param recordName the record that declared all this, for messages
 * @param recordOffset where that record is in the file
 */
public record ArchiveEnd(long centralDirectoryStart, long centralDirectorySize, long declaredEntries, long prefixLength,
    boolean zip64, String comment, String recordName, long recordOffset) {
  /** Returns the offset just past the central directory, where the end records start. */
  public long centralDirectoryEnd() {
    return centralDirectoryStart + centralDirectorySize;
  }
}
