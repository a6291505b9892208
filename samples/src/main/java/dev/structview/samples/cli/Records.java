package dev.structview.samples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records {@code dump} prints, one at a time: from a file ({@link FileRecords}), a buffer
 * ({@link MappedRecords}), or as they come on standard input ({@link StreamedRecords}). Either way
 * one record is at hand at a time, at {@link #start()} in {@link #buffer()}, good until the next.
 */
interface Records extends Closeable {
  /**
   * Moves to the next record.
   *
   * @return false after the last
   * @throws IOException if the input cannot be read
   */
  boolean next() throws IOException;

  /** The buffer that holds the current record. */
  ByteBuffer buffer();

  /** Where the current record starts in {@link #buffer()}. */
  int start();

  /** How many records there are, when that is known before they are read; -1 when it is not (a stream). */
  long count();

  /**
   * Checks, after the last record, that the input ended where it should: a stream's problems show
   * only at its end.
   *
   * @throws dev.structview.samples.io.MalformedFileException if it did not
   */
  default void finish() {}

  /** Releases the file, if one is open. */
  @Override
  default void close() throws IOException {}

  /**
   * The rows of a table: index, offset, then the repr of every value, made one at a time.
   *
   * @throws UncheckedIOException from the iterator, if the input cannot be read
   */
  static Iterator<List<String>> rows(Records records, RecordValues values, long offset, long size) {
    return new Iterator<>() {
      private long index;
      private Boolean ahead; // whether next() found a record that is not returned yet; null: not asked

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = records.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return ahead;
      }

      @Override
      public List<String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ahead = null;
        List<String> row = new ArrayList<>();
        row.add(Long.toString(index));
        row.add(Long.toString(offset + index * size));
        row.addAll(values.strings(records.buffer(), records.start()));
        index++;
        return row;
      }
    };
  }
}
