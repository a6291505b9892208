package dev.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;

/**
 * The output directory of a save, as a DS V2 table that takes batch writes: appends, and
 * overwrites by truncation. It accepts any schema so that Spark leaves the match of the
 * DataFrame's columns with the format to {@link SchemaMatch}, whose rule and messages are the data
 * source's own (Spark's would cast a {@code bigint} down to the column's read type, failing with
 * its own message where struct's range check should speak).
 */
final class RecordSinkTable implements SupportsWrite {
  private final StructviewOptions options;
  private final StructColumn columns;
  private final Map<String, String> given;

  /**
   * @throws StructviewOptionException if an option is missing or invalid, or cannot be written
   */
  RecordSinkTable(Map<String, String> given) {
    this.given = StructviewOptions.given(given);
    this.options = StructviewOptions.parseForWrite(this.given);
    this.columns = StructviewDataSource.columns(options);
  }

  StructviewOptions options() {
    return options;
  }

  StructColumn recordColumns() {
    return columns;
  }

  Configuration hadoopConf() {
    return StructviewTable.hadoopConf(given);
  }

  /** Returns the output directory, qualified (with its file system's scheme). */
  String output(Configuration conf) {
    Path out = new Path(options.paths().get(0));
    try {
      return out.getFileSystem(conf).makeQualified(out).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of " + out + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "structview " + options.paths().get(0);
  }

  /** Returns the format's schema; deprecated in Spark 4.1 for {@code columns()}, which derives from it. */
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return columns.type();
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_WRITE, TableCapability.TRUNCATE, TableCapability.ACCEPT_ANY_SCHEMA);
  }

  @Override
  public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
    return new RecordWriteBuilder(this, info.schema(), info.queryId());
  }
}
