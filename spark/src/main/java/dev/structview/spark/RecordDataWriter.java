package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * Writes one partition's rows as a file of packed records: each row encoded field by field into a
 * batch of zeroed records (so pad bytes and string padding are zero, as struct writes them), each
 * full batch written to the task's file. The file is created with the first row, so an empty
 * partition writes none.
 */
final class RecordDataWriter implements DataWriter<InternalRow> {
  private final StructEncoder encoder;
  private final int recordSize;
  private final byte[] batch;
  private final ByteStore store;
  private final Path file;
  private final String name;
  private final int partition;
  private final Configuration conf;
  private FSDataOutputStream out;
  private int buffered;
  private long rows;

  RecordDataWriter(StructEncoder encoder, int recordSize, int batchRows, Path file, String name, int partition,
      Configuration conf) {
    this.encoder = encoder;
    this.recordSize = recordSize;
    this.batch = new byte[recordSize * batchRows]; // the factory's batchRows keeps this within a batch
    this.store = ByteStore.of(batch);
    this.file = file;
    this.name = name;
    this.partition = partition;
    this.conf = conf;
  }

  /**
   * Encodes a row into the next record.
   *
   * @throws RecordValueException naming this partition, the row's index in it, the column and the
   *     runtime's message, when struct.pack would refuse a value or the value is null
   */
  @Override
  public void write(InternalRow row) throws IOException {
    if (buffered == batch.length) {
      flush();
    }
    try {
      encoder.encodeRecord(row, store, buffered);
    } catch (FieldError e) {
      throw new RecordValueException(partition, rows, e.path(), e.problem(), e.getCause());
    }
    buffered += recordSize;
    rows++;
  }

  private void flush() throws IOException {
    if (out == null) {
      out = file.getFileSystem(conf).create(file, false);
    }
    out.write(batch, 0, buffered);
    Arrays.fill(batch, 0, buffered, (byte) 0);
    buffered = 0;
  }

  @Override
  public WriterCommitMessage commit() throws IOException {
    if (buffered > 0) {
      flush();
    }
    boolean wrote = out != null;
    close();
    return new RecordCommitMessage(partition, wrote ? file.toString() : null, name, rows);
  }

  @Override
  public void abort() throws IOException {
    close();
    file.getFileSystem(conf).delete(file, false);
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      FSDataOutputStream o = out;
      out = null;
      o.close();
    }
  }
}
