package dev.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * A batch write of record files, with a simple commit: tasks write under the job's temporary
 * directory ({@link OutputLayout}); Spark's commit coordinator lets one attempt per partition
 * commit; the job's commit, on the driver, then (for an overwrite) deletes what the output
 * directory held, moves each committed file to its name, writes {@code _SUCCESS} and deletes the
 * temporary directory. An abort deletes the temporary directory only, so a failed write leaves the
 * output as it was, and an overwrite replaces the old files only once every task has succeeded
 * (which also lets a DataFrame read from the directory it overwrites).
 */
final class RecordWrite implements Write, BatchWrite {
  private final StructEncoder encoder;
  private final int recordSize;
  private final int batchRows;
  private final OutputLayout layout;
  private final boolean truncate;
  private final Configuration conf;
  private final String description;

  RecordWrite(StructEncoder encoder, int recordSize, int batchRows, OutputLayout layout, boolean truncate,
      Configuration conf, String format) {
    this.encoder = encoder;
    this.recordSize = recordSize;
    this.batchRows = batchRows;
    this.layout = layout;
    this.truncate = truncate;
    this.conf = conf;
    this.description = "structview [format=" + format + ", path=" + layout.out() + (truncate ? ", overwrite" : "")
        + "]";
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public BatchWrite toBatch() {
    return this;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    return new RecordWriterFactory(encoder, recordSize, batchRows, layout, conf);
  }

  /**
   * Moves the committed files into place.
   *
   * @throws UncheckedIOException if a file cannot be deleted or moved
   */
  @Override
  public void commit(WriterCommitMessage[] messages) {
    Path out = new Path(layout.out());
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (truncate) {
        deleteOld(fs, out);
      }
      for (WriterCommitMessage m : messages) {
        RecordCommitMessage c = (RecordCommitMessage) m;
        if (c.file() != null && !fs.rename(new Path(c.file()), new Path(out, c.name()))) {
          throw new IOException("cannot move " + c.file() + " to " + new Path(out, c.name()));
        }
      }
      fs.create(new Path(out, OutputLayout.SUCCESS), true).close();
      deleteTemporary(fs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the write to " + out + ": " + e.getMessage(), e);
    }
  }

  /** Deletes what the output directory held before, but the write's own temporary files. */
  private void deleteOld(FileSystem fs, Path out) throws IOException {
    for (FileStatus child : fs.listStatus(out)) {
      if (!child.getPath().getName().equals(OutputLayout.TEMPORARY) && !fs.delete(child.getPath(), true)) {
        throw new IOException("cannot delete " + child.getPath() + " to overwrite " + out);
      }
    }
  }

  @Override
  public void abort(WriterCommitMessage[] messages) {
    try {
      deleteTemporary(new Path(layout.out()).getFileSystem(conf));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary files of the write to " + layout.out(), e);
    }
  }

  /** Deletes the job's temporary directory, and {@code _temporary} if no other write uses it. */
  private void deleteTemporary(FileSystem fs) throws IOException {
    fs.delete(layout.jobDir(), true);
    Path temporary = layout.jobDir().getParent();
    if (fs.exists(temporary) && fs.listStatus(temporary).length == 0) {
      fs.delete(temporary, false);
    }
  }
}
