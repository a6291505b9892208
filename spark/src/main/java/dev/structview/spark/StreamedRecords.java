package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.io.EOFException;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * A run of records read through a Hadoop stream (HDFS, S3 and any other file system), a batch of
 * whole records at a time into one reused array.
 */
final class StreamedRecords implements RecordSource {
  private final String file;
  private final FSDataInputStream in;
  private final byte[] buffer;
  private final ByteStore store;
  private final long recordSize;

  /**
   * Opens a file at byte {@code start}, with room for {@code batchRows} records.
   *
   * @throws IOException if the file cannot be opened or positioned
   */
  StreamedRecords(String file, Configuration conf, long start, long recordSize, int batchRows) throws IOException {
    this.file = file;
    this.recordSize = recordSize;
    this.buffer = new byte[(int) (batchRows * recordSize)]; // RecordLayout.batchRows keeps this within a batch
    this.store = ByteStore.of(buffer);
    Path path = new Path(file);
    this.in = path.getFileSystem(conf).open(path);
    try {
      in.seek(start);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public ByteStore next(int records) throws IOException {
    int bytes = (int) (records * recordSize);
    try {
      in.readFully(buffer, 0, bytes);
    } catch (EOFException e) {
      throw new IOException("file " + file + " ended before its last record: it changed while being read", e);
    }
    return store;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
