package dev.structview.spark;

import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownLimit;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a scan with what Spark pushes down: the columns a query needs (nested fields of structs
 * included; fixed offsets make the others free to skip), and a limit, which cuts the partitions
 * on the driver since every partition's record count is known exactly.
 */
final class RecordScanBuilder implements SupportsPushDownRequiredColumns, SupportsPushDownLimit {
  private final StructviewTable table;
  private StructColumn columns;
  private long limit = Long.MAX_VALUE;

  RecordScanBuilder(StructviewTable table) {
    this.table = table;
    this.columns = table.recordColumns();
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    columns = table.recordColumns().prune(requiredSchema);
  }

  /** Takes the limit: Spark pushes one only when no filter stays above the scan. */
  @Override
  public boolean pushLimit(int limit) {
    this.limit = Math.max(0, limit);
    return true;
  }

  /** The scan reads exactly the first {@code limit} records, so Spark need not limit again. */
  @Override
  public boolean isPartiallyPushed() {
    return false;
  }

  @Override
  public Scan build() {
    return new RecordScan(table, columns, limit);
  }
}
