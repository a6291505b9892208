package dev.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.types.StructType;

/**
 * A save of a DataFrame as record files, on the driver: the options and the DataFrame's schema are
 * checked first, then the save mode is applied to the output path as Spark's file sources apply it,
 * and the rows are written through {@link StructviewSink}, Spark's DS V2 write.
 *
 * <table class="striped">
 *   <caption>Save modes, when the output path exists</caption>
 *   <thead><tr><th>mode</th><th>what happens</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code errorIfExists} (default)</td><td>{@link RecordFileException}, nothing written</td></tr>
 *     <tr><td>{@code ignore}</td><td>nothing: the DataFrame is not computed</td></tr>
 *     <tr><td>{@code append}</td><td>new files beside the old (names never collide); refused for a
 *       path that is a file</td></tr>
 *     <tr><td>{@code overwrite}</td><td>everything under the path is replaced, once every task has
 *       succeeded (a path that is a file is deleted before the write)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A path that does not exist is created in every mode.
 */
final class RecordSave {
  private RecordSave() {}

  /**
   * Saves {@code data} as Spark's {@code CreatableRelationProvider} is asked to.
   *
   * @throws StructviewOptionException if an option is missing, invalid, or not for writing
   * @throws RecordSchemaException if the DataFrame's columns do not match the format's
   * @throws RecordFileException if the path exists and the mode is {@code errorIfExists}, or the
   *     path is a file and the mode {@code append}
   */
  static BaseRelation save(SQLContext context, SaveMode mode, Map<String, String> given, Dataset<Row> data) {
    Map<String, String> parameters = StructviewOptions.given(given);
    StructviewOptions options = StructviewOptions.parseForWrite(parameters);
    StructColumn columns = StructviewDataSource.columns(options);
    SchemaMatch.record(columns, data.schema(), options.format().format(), SQLConf.get().caseSensitiveAnalysis());
    Configuration conf = StructviewTable.hadoopConf(parameters);
    Path out = new Path(options.paths().get(0));
    if (proceed(mode, out, conf)) {
      data.write().format(StructviewSink.class.getName()).options(parameters)
          .mode(mode == SaveMode.Overwrite ? SaveMode.Overwrite : SaveMode.Append).save();
    }
    return relation(context, columns.type());
  }

  /** Applies the mode to an existing path; returns whether to write. */
  private static boolean proceed(SaveMode mode, Path out, Configuration conf) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (!fs.exists(out)) {
        return true;
      }
      FileStatus status = fs.getFileStatus(out);
      switch (mode) {
        case ErrorIfExists:
          throw new RecordFileException(out.toString(), "path " + fs.makeQualified(out) + " already exists: save"
              + " with mode \"overwrite\" to replace what it holds, \"append\" to add files to it, or \"ignore\"");
        case Ignore:
          return false;
        case Append:
          if (status.isFile()) {
            throw new RecordFileException(out.toString(), "cannot append to " + fs.makeQualified(out)
                + ": it is a file, and a write makes a directory of record files");
          }
          return true;
        default:
          if (status.isFile() && !fs.delete(out, false)) {
            throw new IOException("cannot delete the file " + out + " to overwrite it");
          }
          return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save to " + out + ": " + e.getMessage(), e);
    }
  }

  /** The relation Spark's save command asks for: it only refreshes cached plans with it. */
  private static BaseRelation relation(SQLContext context, StructType schema) {
    return new BaseRelation() {
      @Override
      public SQLContext sqlContext() {
        return context;
      }

      @Override
      public StructType schema() {
        return schema;
      }
    };
  }
}
