package dev.structview.spark;

import dev.structview.buffer.Memory;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;

/**
 * Files of fixed-size records as a Hadoop input format: the key is a record's index in its file
 * (from 0, after the header), the value its bytes. Splits cut files where Hadoop's settings say
 * ({@code mapreduce.input.fileinputformat.split.maxsize} and friends) and own the records that
 * start in them, as the {@code structview} data source's do ({@link RecordSplits}): no record is
 * lost or read twice, whatever the split size.
 *
 * <pre>{@code
 * Configuration conf = new Configuration(sc.hadoopConfiguration());
 * StructviewInputFormat.configure(conf, "<I:id: h:delta: B:flags:", 100, 0);
 * JavaPairRDD<LongWritable, BytesWritable> records = jsc.newAPIHadoopFile("data/*.bin",
 *     StructviewInputFormat.class, LongWritable.class, BytesWritable.class, conf);
 * }</pre>
 *
 * <p>The options are the data source's, as configuration keys: {@value #FORMAT} (required),
 * {@value #HEADER_BYTES}, {@value #FOOTER_BYTES} and {@value #ON_PARTIAL_RECORD}. They and every
 * file's size are checked when the splits are computed, before any task: a bad option throws
 * {@link StructviewOptionException}, a file shorter than its header and footer or not a whole
 * number of records {@link RecordFileException}. As Hadoop's own record readers do, the reader
 * hands out one {@link BytesWritable} and {@link LongWritable} it refills for every record: copy
 * them to keep them. This class needs Hadoop and the structview runtime, not Spark.
 */
public final class StructviewInputFormat extends FileInputFormat<LongWritable, BytesWritable> {
  /** The key of the records' struct format (the data source's {@code format} option). */
  public static final String FORMAT = "structview.format";
  /** The key of the bytes before the records of every file (default 0). */
  public static final String HEADER_BYTES = "structview.headerBytes";
  /** The key of the bytes after the records of every file (default 0). */
  public static final String FOOTER_BYTES = "structview.footerBytes";
  /** The key of what a partial last record does: {@code fail} (default) or {@code drop}. */
  public static final String ON_PARTIAL_RECORD = "structview.onPartialRecord";

  /** Creates the input format; Hadoop and Spark do, by its class. */
  public StructviewInputFormat() {}

  /**
   * Sets the format, header and footer of the files to read.
   *
   * @throws StructviewOptionException if an argument is invalid
   */
  public static void configure(Configuration conf, String format, long headerBytes, long footerBytes) {
    conf.set(FORMAT, format);
    conf.setLong(HEADER_BYTES, headerBytes);
    conf.setLong(FOOTER_BYTES, footerBytes);
    RecordFormat.of(conf);
  }

  /**
   * Lists the input files and checks that each fits its records.
   *
   * @throws StructviewOptionException if a key is missing or invalid
   * @throws RecordFileException if a file is shorter than its header and footer, or its data is not a
   *     whole number of records (unless {@value #ON_PARTIAL_RECORD} is {@code drop})
   */
  @Override
  protected List<FileStatus> listStatus(JobContext job) throws IOException {
    RecordFormat format = RecordFormat.of(job.getConfiguration());
    List<FileStatus> files = super.listStatus(job);
    for (FileStatus f : files) {
      format.file(f.getPath().toString(), f.getLen());
    }
    return files;
  }

  @Override
  public RecordReader<LongWritable, BytesWritable> createRecordReader(InputSplit split, TaskAttemptContext context) {
    return new RecordFileReader();
  }

  /**
   * The options of a job, checked.
   *
   * @param headerBytes the bytes before the records
   * @param footerBytes the bytes after them
   * @param recordSize the size of a record
   * @param dropPartial whether a partial last record is dropped
   */
  record RecordFormat(long headerBytes, long footerBytes, long recordSize, boolean dropPartial) {
    /**
     * Reads the options from a configuration.
     *
     * @throws StructviewOptionException if one is missing or invalid, or the record's size is out of range
     */
    static RecordFormat of(Configuration conf) {
      String format = conf.get(FORMAT);
      long size = OptionValues.format(format).size();
      if (size <= 0 || size > Memory.MAX_ANY_SLICE_BYTES) {
        throw new StructviewOptionException(FORMAT, format, "records of " + size + " bytes cannot be read: a record"
            + " has 1 to " + Memory.MAX_ANY_SLICE_BYTES + " bytes", null);
      }
      return new RecordFormat(OptionValues.bytes(HEADER_BYTES, conf.get(HEADER_BYTES)),
          OptionValues.bytes(FOOTER_BYTES, conf.get(FOOTER_BYTES)), size,
          OptionValues.dropPartial(conf.get(ON_PARTIAL_RECORD)));
    }

    /**
     * Places the records of a file.
     *
     * @throws RecordFileException if the file does not fit them
     */
    RecordFile file(String path, long size) {
      return RecordFile.of(path, size, headerBytes, footerBytes, recordSize, dropPartial);
    }
  }
}
