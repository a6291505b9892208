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
 * options, and asks for the schema, which lists the files and places their records, so that every
 * problem with them is reported there, on the driver, before any task runs. A save makes this table
 * too, and asks only whether it takes writes (it does not: {@link RecordSave}), so the files are
 * listed on first use, not here: the output path of a save need not exist.
 */
final class StructviewTable implements SupportsRead {
  private final StructviewOptions options;
  private final StructColumn columns;
  private final Map<String, String> given;
  private List<RecordFile> files;

  /**
   * Checks the options.
   *
   * @throws StructviewOptionException if an option is missing or invalid
   */
  StructviewTable(Map<String, String> given) {
    this.given = StructviewOptions.given(given);
    this.options = StructviewOptions.parse(this.given);
    this.columns = StructviewDataSource.columns(options);
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
    return hadoopConf(given);
  }

  /** Returns the session's Hadoop configuration with the options {@code given} added. */
  static Configuration hadoopConf(Map<String, String> given) {
    Configuration conf = new Configuration(SparkSession.active().sparkContext().hadoopConfiguration());
    StructviewOptions.given(given).forEach(conf::set);
    return conf;
  }

  StructviewOptions options() {
    return options;
  }

  StructColumn recordColumns() {
    return columns;
  }

  /**
   * Returns the files, listed and placed on first use.
   *
   * @throws RecordFileException if a path matches nothing, or a file's size does not fit its records
   */
  synchronized List<RecordFile> files() {
    if (files == null) {
      files = files(options, hadoopConf());
    }
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
   * Returns the columns' schema, having listed the files: {@code load()} asks for it, so that a
   * missing path or a file that does not fit its records fails the load. Deprecated in Spark 4.1 for
   * {@code columns()}, whose default derives the columns from it; overridden still because Spark
   * 4.0 has only this.
   *
   * @throws RecordFileException if a path matches nothing, or a file's size does not fit its records
   */
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    files();
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
