package dev.structview.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * Builds the write of a DataFrame, on the driver: matches its schema with the format (a mismatch
 * throws {@link RecordSchemaException} here, before any task) and takes Spark's truncation, which is
 * how an overwrite reaches a DS V2 write.
 */
final class RecordWriteBuilder implements SupportsTruncate {
  private final RecordSinkTable table;
  private final StructType schema;
  private final String queryId;
  private boolean truncate;

  RecordWriteBuilder(RecordSinkTable table, StructType schema, String queryId) {
    this.table = table;
    this.schema = schema;
    this.queryId = queryId;
  }

  @Override
  public WriteBuilder truncate() {
    truncate = true;
    return this;
  }

  @Override
  public Write build() {
    StructviewOptions options = table.options();
    String format = options.format().format();
    StructEncoder encoder = SchemaMatch.record(table.recordColumns(), schema, format,
        SQLConf.get().caseSensitiveAnalysis());
    int recordSize = (int) options.format().size(); // RecordLayout bounds it below 2^30
    int batchRows = RecordLayout.batchRows(recordSize, table.recordColumns());
    Configuration conf = table.hadoopConf();
    OutputLayout layout = new OutputLayout(table.output(conf), queryId);
    return new RecordWrite(encoder, recordSize, batchRows, layout, truncate, conf, format);
  }
}
