package dev.structview.spark;

import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.Statistics;
import org.apache.spark.sql.connector.read.SupportsReportStatistics;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * A scan of record files: the pruned columns, the pushed limit, exact statistics (records are
 * counted from file sizes), and the partitions Spark's split settings cut the files into.
 */
final class RecordScan implements Scan, Batch, SupportsReportStatistics {
  private final StructviewTable table;
  private final StructColumn columns;
  private final long limit;

  /**
   * @param columns the columns to read
   * @param limit the most records to read ({@link Long#MAX_VALUE} for all)
   */
  RecordScan(StructviewTable table, StructColumn columns, long limit) {
    this.table = table;
    this.columns = columns;
    this.limit = limit;
  }

  @Override
  public StructType readSchema() {
    return columns.type();
  }

  /** Shows, in the query plan, what the scan reads and what was pushed into it. */
  @Override
  public String description() {
    return "structview [format=" + table.options().format().format() + ", files=" + table.files().size()
        + ", records=" + records() + ", ReadSchema=" + readSchema().simpleString()
        + (limit == Long.MAX_VALUE ? "" : ", PushedLimit=" + limit) + "]";
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  /** Plans the partitions with the settings Spark's {@code FilePartition} reads, as it reads them. */
  @Override
  public InputPartition[] planInputPartitions() {
    SQLConf conf = SQLConf.get();
    long openCost = conf.filesOpenCostInBytes();
    long minPartitions = orElse(conf.filesMinPartitionNum(), leafNodeDefaultParallelism(conf));
    List<RecordFile> files = table.files();
    long split = PartitionPlanner.maxSplitBytes(conf.filesMaxPartitionBytes(), openCost, minPartitions, files);
    long maxPartitions = orElse(conf.filesMaxPartitionNum(), Long.MAX_VALUE);
    List<RecordPartition> partitions = new PartitionPlanner(table.recordSize(), split, openCost, maxPartitions)
        .plan(files, limit);
    return partitions.toArray(new InputPartition[0]);
  }

  /** Spark's {@code SparkSession.leafNodeDefaultParallelism}, which is not public API: the setting, else the context's. */
  private static long leafNodeDefaultParallelism(SQLConf conf) {
    SparkContext context = SparkSession.active().sparkContext();
    return orElse(conf.getConf(SQLConf.LEAF_NODE_DEFAULT_PARALLELISM()), context.defaultParallelism());
  }

  private static long orElse(Option<Object> setting, long otherwise) {
    return setting.isDefined() ? ((Number) setting.get()).longValue() : otherwise;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    Configuration conf = table.hadoopConf();
    return new RecordReaderFactory(columns, table.recordSize(), table.options().mmap(), conf);
  }

  @Override
  public Statistics estimateStatistics() {
    long rows = records();
    long bytes = ColumnSpec.times(rows, table.recordSize());
    return new Statistics() {
      @Override
      public OptionalLong sizeInBytes() {
        return OptionalLong.of(bytes);
      }

      @Override
      public OptionalLong numRows() {
        return OptionalLong.of(rows);
      }
    };
  }

  /** The records this scan reads: every whole record of the files, up to the limit. */
  private long records() {
    long total = 0;
    for (RecordFile f : table.files()) {
      total = ColumnSpec.plus(total, f.records());
    }
    return Math.min(total, limit);
  }
}
