package dev.structview.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.util.SerializableConfiguration;

/** Makes, on the executors, the writer of each task: the record encoder and where to write, shipped from the driver. */
final class RecordWriterFactory implements DataWriterFactory {
  private static final long serialVersionUID = 1L;

  private final StructEncoder encoder;
  private final int recordSize;
  private final int batchRows;
  private final OutputLayout layout;
  private final SerializableConfiguration conf;

  RecordWriterFactory(StructEncoder encoder, int recordSize, int batchRows, OutputLayout layout, Configuration conf) {
    this.encoder = encoder;
    this.recordSize = recordSize;
    this.batchRows = batchRows;
    this.layout = layout;
    this.conf = new SerializableConfiguration(conf);
  }

  @Override
  public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
    return new RecordDataWriter(encoder, recordSize, batchRows, layout.attemptFile(partitionId, taskId),
        layout.name(partitionId), partitionId, conf.value());
  }
}
