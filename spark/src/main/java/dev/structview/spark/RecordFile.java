package dev.structview.spark;

import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file of records: where its records start and how many whole ones it holds, after its header
 * and before its footer.
 *
 * @param path the file, as a fully qualified Hadoop path
 * @param size the file's size in bytes
 * @param dataStart where the first record starts (the header's size)
 * @param records the number of whole records
 */
record RecordFile(String path, long size, long dataStart, long records) implements Serializable {
  private static final Logger LOG = LoggerFactory.getLogger(RecordFile.class);

  /**
   * Places the records of a file of {@code size} bytes.
   *
   * @param dropPartial whether a partial last record is dropped (with a warning) rather than refused
   * @throws RecordFileException if the header and footer do not fit the file, or its data is not a
   *     whole number of records and {@code dropPartial} is false
   */
  static RecordFile of(String path, long size, long headerBytes, long footerBytes, long recordSize,
      boolean dropPartial) {
    if (headerBytes > size || footerBytes > size - headerBytes) {
      throw new RecordFileException(path, "file " + path + " has " + size + " bytes, fewer than its header ("
          + headerBytes + " bytes, option headerBytes) and footer (" + footerBytes + " bytes, option footerBytes)");
    }
    long data = size - headerBytes - footerBytes;
    long leftover = data % recordSize;
    if (leftover != 0) {
      String problem = "file " + path + " has " + size + " bytes, whose " + data + " bytes of data (after a header of "
          + headerBytes + " and before a footer of " + footerBytes + ") are not a whole number of " + recordSize
          + "-byte records: " + leftover + " bytes are left over";
      if (!dropPartial) {
        throw new RecordFileException(path, problem + "; set option onPartialRecord to 'drop' to read the whole"
            + " records and drop the rest");
      }
      LOG.warn("{}; dropped (onPartialRecord = drop)", problem);
    }
    return new RecordFile(path, size, headerBytes, data / recordSize);
  }
}
