package dev.structview.spark;

import java.io.EOFException;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;

/**
 * Reads the records a file split owns ({@link RecordSplits}): from the first record that starts at
 * or after the split's start, every record that starts before its end, read whole through a Hadoop
 * stream even where it runs past the end.
 */
final class RecordFileReader extends RecordReader<LongWritable, BytesWritable> {
  private final LongWritable key = new LongWritable();
  private final BytesWritable value = new BytesWritable();
  private FSDataInputStream in;
  private String file;
  private long next;
  private long end;
  private long first;

  @Override
  public void initialize(InputSplit genericSplit, TaskAttemptContext context) throws IOException {
    FileSplit split = (FileSplit) genericSplit; // FileInputFormat makes only these
    Configuration conf = context.getConfiguration();
    StructviewInputFormat.RecordFormat format = StructviewInputFormat.RecordFormat.of(conf);
    Path path = split.getPath();
    file = path.toString();
    long size = path.getFileSystem(conf).getFileStatus(path).getLen();
    RecordFile records = format.file(file, size);
    long start = split.getStart();
    long stop = start + split.getLength();
    first = RecordSplits.first(start, stop, records.dataStart(), format.recordSize(), records.records());
    next = first;
    end = first + RecordSplits.owned(start, stop, records.dataStart(), format.recordSize(), records.records());
    if (next < end) {
      // the file holds a record of this size (at most Memory.MAX_ANY_SLICE_BYTES), so the buffer may be allocated
      value.setCapacity((int) format.recordSize());
      value.setSize((int) format.recordSize());
      in = path.getFileSystem(conf).open(path);
      in.seek(records.dataStart() + next * format.recordSize());
    }
  }

  @Override
  public boolean nextKeyValue() throws IOException {
    if (next == end) {
      return false;
    }
    try {
      in.readFully(value.getBytes(), 0, value.getLength());
    } catch (EOFException e) {
      throw new IOException("file " + file + " ended before record " + next + ": it changed while being read", e);
    }
    key.set(next++);
    return true;
  }

  @Override
  public LongWritable getCurrentKey() {
    return key;
  }

  @Override
  public BytesWritable getCurrentValue() {
    return value;
  }

  @Override
  public float getProgress() {
    return end == first ? 1f : (float) (next - first) / (end - first);
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
      in = null;
    }
  }
}
