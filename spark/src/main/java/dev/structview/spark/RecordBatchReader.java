package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Reads a partition's records as column batches: a batch of whole records at a time, from a
 * mapping of a local file or a Hadoop stream, decoded column by column into reused vectors. With
 * no columns to read (a {@code count()}), no file is opened: the batches only count rows.
 */
final class RecordBatchReader implements PartitionReader<ColumnarBatch> {
  private final List<RecordChunk> chunks;
  private final long recordSize;
  private final boolean mmap;
  private final Configuration conf;
  private final int batchRows;
  private final int[] offsets;
  private final ColumnDecoder[] decoders;
  private final WritableColumnVector[] vectors;
  private final ColumnarBatch batch;
  private int chunk;
  private long left;
  private RecordSource source;

  RecordBatchReader(RecordPartition partition, StructColumn columns, long recordSize, boolean mmap, Configuration conf) {
    this.chunks = partition.chunks();
    this.recordSize = recordSize;
    this.mmap = mmap;
    this.conf = conf;
    this.batchRows = RecordLayout.batchRows(recordSize, columns);
    List<StructColumn.Member> members = columns.members();
    this.offsets = new int[members.size()];
    this.decoders = new ColumnDecoder[members.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = members.get(i).offset();
      decoders[i] = members.get(i).column().decoder();
    }
    this.vectors = OnHeapColumnVector.allocateColumns(batchRows, columns.type());
    this.batch = new ColumnarBatch(vectors.clone(), 0);
  }

  @Override
  public boolean next() throws IOException {
    while (left == 0) {
      if (chunk == chunks.size()) {
        return false;
      }
      open(chunks.get(chunk++));
    }
    int rows = (int) Math.min(batchRows, left);
    if (decoders.length > 0) {
      ByteStore store = source.next(rows);
      for (int i = 0; i < decoders.length; i++) {
        vectors[i].reset();
        decoders[i].decode(store, offsets[i], (int) recordSize, rows, vectors[i], 0);
      }
    }
    batch.setNumRows(rows);
    left -= rows;
    return true;
  }

  private void open(RecordChunk next) throws IOException {
    closeSource();
    left = next.count();
    if (decoders.length == 0) {
      return;
    }
    long start = next.start(recordSize);
    URI uri = new Path(next.path()).toUri();
    if (mmap && "file".equals(uri.getScheme())) {
      source = new MappedRecords(Paths.get(uri), start, next.count(), recordSize);
    } else {
      source = new StreamedRecords(next.path(), conf, start, recordSize, batchRows);
    }
  }

  @Override
  public ColumnarBatch get() {
    return batch;
  }

  @Override
  public void close() throws IOException {
    closeSource();
    batch.close();
  }

  private void closeSource() throws IOException {
    if (source != null) {
      RecordSource s = source;
      source = null;
      s.close();
    }
  }
}
