package dev.structview.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The records of a set of files, read with one format: made by {@code load()}, which checks the
 * options, lists the files and places their records, so that every problem with them is reported
 * there, on the driver, before any task runs.
 */
final class StructviewTable implements SupportsRead {
  private final StructviewOptions options;
  private final StructColumn columns;
  private final Map<String, String> given;
  private final List<RecordFile> files;

  /**
   * Checks the options and lists the files.
   *
   * @throws StructviewOptionException if an option is missing or invalid
   * @throws RecordFileException if a path matches nothing, or a file's size does not fit its records
   */
  StructviewTable(Map<String, String> given) {
    this.options = StructviewOptions.parse(given);
    this.columns = StructviewDataSource.columns(options);
    this.given = Map.copyOf(given);
    this.files = files(options, hadoopConf());
  }

  private static List<RecordFile> files(StructviewOptions options, Configuration conf) {
    long recordSize = options.format().size();
    List<RecordFile> files = new ArrayList<>();
    for (FileStatus status : FileListing.list(options.paths(), conf)) {
      files.add(RecordFile.of(status.getPath().toString(), status.getLen(), options.headerBytes(),
          options.footerBytes(), recordSize, options.dropPartial()));
    }
    return List.copyOf(files);
  }

  /**
   * Returns the Hadoop configuration files are read with: the session's, with the read's options
   * added, as Spark's own file sources do (so {@code fs.*} settings can be passed as options).
   */
  Configuration hadoopConf() {
    Configuration conf = new Configuration(SparkSession.active().sparkContext().hadoopConfiguration());
    given.forEach(conf::set);
    return conf;
  }

  StructviewOptions options() {
    return options;
  }

  StructColumn recordColumns() {
    return columns;
  }

  List<RecordFile> files() {
    return files;
  }

  long recordSize() {
    return options.format().size();
  }

  @Override
  public String name() {
    return "structview " + String.join(", ", options.paths());
  }

  /**
   * Returns the columns' schema. Deprecated in Spark 4.1 for {@code columns()}, whose default
   * derives the columns from it; overridden still because Spark 4.0 has only this.
   */
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return columns.type();
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    return new RecordScanBuilder(this);
  }
}
