package dev.structview.samples.zip;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ZipReader} found in a ZIP archive: its entries in central directory order, and
 * where its structures are. Immutable and detached from the file.
 *
 * @param entries the entries, in the order of the central directory
 * @param comment the archive comment, empty when there is none
 * @param centralDirectoryOffset where the central directory starts in the file
 * @param centralDirectorySize the size of the central directory in bytes
 * @param prefixLength the number of bytes before the archive proper, such as a self-extracting
 *     stub: the archive's own offsets count from there
 * @param zip64 whether the archive has ZIP64 end records
 */
public record ZipArchive(List<ZipEntryInfo> entries, String comment, long centralDirectoryOffset,
    long centralDirectorySize, long prefixLength, boolean zip64) {
  /** Copies the entries into an immutable list. */
  public ZipArchive {
    entries = List.copyOf(entries);
    Objects.requireNonNull(comment, "comment");
  }

  /** Returns the sum of the entries' uncompressed sizes (saturating at {@code Long.MAX_VALUE}). */
  public long totalSize() {
    return entries.stream().mapToLong(ZipEntryInfo::size).reduce(0, ZipArchive::saturatedAdd);
  }

  /** Returns the sum of the entries' compressed sizes (saturating at {@code Long.MAX_VALUE}). */
  public long totalCompressedSize() {
    return entries.stream().mapToLong(ZipEntryInfo::compressedSize).reduce(0, ZipArchive::saturatedAdd);
  }

  /** Sizes come from the file, so a hostile one could overflow a plain sum. */
  static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
