package dev.structview.format;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The iterator of {@link Struct#iterUnpack}: one record per step, read when asked for. */
final class RecordIterator implements Iterator<List<Object>> {
  /** Decodes the record that starts at a relative index. */
  interface RecordReader {
    List<Object> read(long start);
  }

  private final long length;
  private final long recordSize;
  private final RecordReader reader;
  private long next;

  /**
   * Creates an iterator over {@code length} bytes of whole records.
   *
   * @param length the number of bytes, a multiple of {@code recordSize}
   * @param recordSize the size of one record, at least 1
   * @param reader decodes one record
   */
  RecordIterator(long length, long recordSize, RecordReader reader) {
    this.length = length;
    this.recordSize = recordSize;
    this.reader = reader;
  }

  @Override
  public boolean hasNext() {
    return next < length;
  }

  @Override
  public List<Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records: all " + length / recordSize + " were read");
    }
    List<Object> record = reader.read(next);
    next += recordSize;
    return record;
  }
}
