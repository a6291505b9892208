package dev.structview.spark;

/**
 * Which records of a file a byte range owns, for readers that split files into ranges (this data
 * source, and Hadoop input formats over the same files).
 *
 * <p>Records start at {@code dataStart + k * recordSize} for {@code k} in {@code [0, records)}. A
 * range {@code [start, end)} of the file owns every record that starts inside it, so ranges that
 * cover a file without overlap own every record exactly once, wherever they cut it: a reader starts
 * at the first whole record at or after its start, and reads on past its end to finish the last
 * record it owns. All arithmetic is in {@code long} and cannot overflow for files of any size.
 */
public final class RecordSplits {
  private RecordSplits() {}

  /**
   * Returns the index of the first record that starts at or after {@code position}: 0 before the
   * data, {@code records} past its last record.
   *
   * @param position a byte position in the file, 0 or more
   * @param dataStart where the first record starts (the header's size)
   * @param recordSize the size of a record, 1 or more
   * @param records how many whole records the file holds
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long firstAtOrAfter(long position, long dataStart, long recordSize, long records) {
    if (position < 0 || dataStart < 0 || recordSize <= 0 || records < 0) {
      throw new IllegalArgumentException("position=" + position + " dataStart=" + dataStart + " recordSize="
          + recordSize + " records=" + records + ": none may be negative, and recordSize must be positive");
    }
    if (position <= dataStart) {
      return 0;
    }
    long offset = position - dataStart;
    long k = offset / recordSize + (offset % recordSize == 0 ? 0 : 1);
    return Math.min(k, records);
  }

  /**
   * Returns the first record the range {@code [start, end)} owns; it owns
   * {@link #owned} records from there.
   *
   * @throws IllegalArgumentException if an argument is out of range, or {@code end < start}
   */
  public static long first(long start, long end, long dataStart, long recordSize, long records) {
    checkRange(start, end);
    return firstAtOrAfter(start, dataStart, recordSize, records);
  }

  /**
   * Returns how many records the range {@code [start, end)} owns: those that start inside it.
   *
   * @throws IllegalArgumentException if an argument is out of range, or {@code end < start}
   */
  public static long owned(long start, long end, long dataStart, long recordSize, long records) {
    checkRange(start, end);
    return firstAtOrAfter(end, dataStart, recordSize, records) - firstAtOrAfter(start, dataStart, recordSize, records);
  }

  private static void checkRange(long start, long end) {
    if (end < start) {
      throw new IllegalArgumentException("range [" + start + ", " + end + ") ends before it starts");
    }
  }
}
