package dev.structview.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Makes the readers of a scan's partitions on the executors: columnar readers that decode batches
 * of records straight into column vectors, and row readers over them.
 */
final class RecordReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final StructColumn columns;
  private final long recordSize;
  private final boolean mmap;
  private final SerializableConfiguration conf;

  /**
   * @param columns the columns to read (pruned)
   * @param recordSize the size of a record
   * @param mmap whether local files are mapped rather than streamed
   * @param conf the Hadoop configuration files are opened with
   */
  RecordReaderFactory(StructColumn columns, long recordSize, boolean mmap, Configuration conf) {
    this.columns = columns;
    this.recordSize = recordSize;
    this.mmap = mmap;
    this.conf = new SerializableConfiguration(conf);
  }

  @Override
  public boolean supportColumnarReads(InputPartition partition) {
    return true;
  }

  @Override
  public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
    return new RecordBatchReader((RecordPartition) partition, columns, recordSize, mmap, conf.value());
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new RecordRowReader(createColumnarReader(partition));
  }
}
