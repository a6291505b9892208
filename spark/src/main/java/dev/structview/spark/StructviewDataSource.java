package dev.structview.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code structview} Spark data source: files of fixed-size records, read with a struct format
 * as their schema.
 *
 * <pre>{@code
 * Dataset<Row> ticks = spark.read().format("structview")
 *     .option("format", "<I:id: h:delta: B:flags:")            // PEP 3118 names are column names
 *     .option("headerBytes", 100).option("footerBytes", 100)   // optional, default 0
 *     .load("s3a://bucket/ticks/*.bin");
 * }</pre>
 *
 * <p>Paths are Hadoop paths (local, HDFS, S3 through the user's connectors), files, directories or
 * globs, as many as given. The options are those of {@link StructviewOptions}: {@code format}
 * (required), {@code headerBytes}, {@code footerBytes}, {@code onPartialRecord} ({@code fail} or
 * {@code drop}), {@code charset} and {@code mmap}. A user-given schema is refused: the format is
 * the schema.
 *
 * <h2>Columns</h2>
 *
 * <p>Every item of the format that holds values is a column; pad bytes ({@code x}) and items of no
 * values ({@code 0h}) are none. A column is named by its PEP 3118 {@code :name:}, or as NumPy names
 * unnamed fields: the smallest {@code f0}, {@code f1}, ... not taken in its struct. Each code reads
 * as the narrowest Spark type that holds all its values exactly; no value is ever null.
 *
 * <table class="striped">
 *   <caption>Spark types of struct codes</caption>
 *   <thead><tr><th>codes</th><th>values</th><th>Spark type</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code ?}</td><td>_Bool (any non-zero byte is true)</td><td>{@code BooleanType}</td></tr>
 *     <tr><td>{@code b}</td><td>-2<sup>7</sup> to 2<sup>7</sup>-1</td><td>{@code ByteType}</td></tr>
 *     <tr><td>{@code B}</td><td>0 to 255</td><td>{@code ShortType}</td></tr>
 *     <tr><td>{@code h}</td><td>-2<sup>15</sup> to 2<sup>15</sup>-1</td><td>{@code ShortType}</td></tr>
 *     <tr><td>{@code H}</td><td>0 to 2<sup>16</sup>-1</td><td>{@code IntegerType}</td></tr>
 *     <tr><td>{@code i}, {@code l} (standard sizes)</td><td>-2<sup>31</sup> to 2<sup>31</sup>-1</td><td>{@code IntegerType}</td></tr>
 *     <tr><td>{@code I}, {@code L} (standard sizes)</td><td>0 to 2<sup>32</sup>-1</td><td>{@code LongType}</td></tr>
 *     <tr><td>{@code q}, {@code n}, {@code l} (native)</td><td>-2<sup>63</sup> to 2<sup>63</sup>-1</td><td>{@code LongType}</td></tr>
 *     <tr><td>{@code Q}, {@code N}, {@code P}, {@code L} (native)</td><td>0 to 2<sup>64</sup>-1</td><td>{@code DecimalType(20, 0)}</td></tr>
 *     <tr><td>{@code e}, {@code f}</td><td>binary16 (exact), binary32 (bit for bit)</td><td>{@code FloatType}</td></tr>
 *     <tr><td>{@code d}</td><td>binary64</td><td>{@code DoubleType}</td></tr>
 *     <tr><td>{@code s}, {@code p}, {@code c}</td><td>the bytes {@code struct.unpack} gives</td><td>{@code BinaryType};
 *       with option {@code charset}, {@code StringType}: the bytes up to the first NUL ({@code s}),
 *       the one byte, NUL too ({@code c}), or the Pascal string's bytes ({@code p}), decoded; a
 *       malformed byte sequence reads as U+FFFD, as Spark's CSV reader reads one</td></tr>
 *     <tr><td>a count above 1 ({@code 3h}), a shape ({@code (2,3)h})</td><td>the elements, one array
 *       level per dimension</td><td>{@code ArrayType(element, false)}</td></tr>
 *     <tr><td>{@code T{...}}</td><td>a nested struct</td><td>{@code StructType}</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Splits and errors</h2>
 *
 * <p>Files are cut into byte ranges as Spark cuts its own sources' files
 * ({@code spark.sql.files.maxPartitionBytes}, {@code openCostInBytes}, {@code minPartitionNum},
 * {@code maxPartitionNum}, {@code spark.sql.leafNodeDefaultParallelism}); a range owns the records
 * that start in it ({@link RecordSplits}), so none is lost or read twice, in files of any size.
 * Rows come in file order. Local files are mapped; others are streamed through Hadoop.
 *
 * <p>{@code load()} checks everything on the driver before any task: a missing or invalid option
 * throws {@link StructviewOptionException} (naming the option and value, and for a bad format the
 * character index; a record of more than 32 MiB, which a task would hold several copies of, is
 * refused so); a path that matches nothing, a file shorter than its header and footer, or a
 * file whose data is not a whole number of records (unless {@code onPartialRecord} is
 * {@code drop}) throws {@link RecordFileException} naming the file, its size, the record size and
 * the bytes left over.
 *
 * <h2 id="writing">Writing</h2>
 *
 * <pre>{@code
 * ticks.write().format("structview")
 *     .option("format", "<I:id: h:delta: B:flags:")
 *     .mode("overwrite")                                       // errorIfExists (default), ignore, append
 *     .save("s3a://bucket/ticks-out");
 * }</pre>
 *
 * <p>Each partition becomes one file of packed records, {@code part-NNNNN-<query id>.bin}, in the
 * output directory, with a {@code _SUCCESS} marker; an empty partition writes no file. Values are
 * packed as CPython's {@code struct.pack} packs them, with the runtime's range checks: a value it
 * refuses ({@code 300} for {@code B}, {@code 1e6} for {@code e}, two bytes for {@code c}), a null
 * (which has no faithful packing: struct would write {@code None} as {@code False} for {@code ?}
 * and refuse it elsewhere), or an array of the wrong length fails its task, and so the save, with
 * a {@link RecordValueException} naming the partition, the row's index in it, the column and
 * CPython's message. Pad bytes and string padding are zero; {@code s} is truncated or zero-padded,
 * {@code p} takes at most count-1 bytes, as struct does.
 *
 * <p>The DataFrame must have the format's columns, by name (in any order), and no others; each of a
 * type its item takes: any integral type for integer codes, any number for {@code e f d}, a boolean
 * or a number for {@code ?}, {@code binary} for {@code s p c} ({@code string} with option
 * {@code charset}, encoded in it), arrays for counts and shapes, structs for {@code T{...}} (the
 * rule of {@link NumberSource}). Every type this source reads as is among them, so what it reads
 * it writes back. A mismatch fails {@code save()} on the driver, before any task, with a
 * {@link RecordSchemaException} naming the column; so do two columns Spark cannot tell apart (one
 * name twice, or names that differ in case only unless {@code spark.sql.caseSensitive}). Options {@code headerBytes} and
 * {@code footerBytes} must be 0 on a write (a {@link StructviewOptionException} otherwise): a write
 * makes files of records only.
 *
 * <p>Save modes act on the output path as they do for Spark's file sources ({@link RecordSave});
 * the files are committed simply: tasks write under {@code _temporary/<query id>/} in the output
 * directory, and the job's commit on the driver moves the files of the committed task attempts into
 * place (after deleting the directory's old content, for an overwrite) and writes {@code _SUCCESS};
 * an abort deletes the temporary files only. A failed save thus leaves the directory as it was. The
 * commit renames files one by one, which is atomic per file on HDFS and local disks but not on
 * object stores such as S3, where a reader may see a partly committed directory. Spark's
 * DS V2 API runs writes of a plain table provider in modes {@code append} and {@code overwrite}
 * only, so {@code save()} enters through Spark's V1 path ({@link #createRelation}), checks there,
 * and writes through {@link StructviewSink}, the DS V2 write.
 *
 * <p>The same splits serve Hadoop's API: {@link StructviewInputFormat} reads the records of such
 * files as {@code (index, bytes)} pairs for {@code newAPIHadoopFile}, MapReduce and Hive.
 */
public final class StructviewDataSource implements TableProvider, DataSourceRegister, CreatableRelationProvider {
  /** The name to give {@code spark.read().format(...)}. */
  public static final String SHORT_NAME = "structview";

  /** Creates the data source; Spark does, through {@link java.util.ServiceLoader}. */
  public StructviewDataSource() {}

  /** Returns {@value #SHORT_NAME}. */
  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /**
   * Returns the schema the {@code format} option reads as.
   *
   * @throws StructviewOptionException if an option is missing or invalid
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return columns(StructviewOptions.parse(options)).type();
  }

  /**
   * Returns the table of the files the options name, checked and listed.
   *
   * @throws StructviewOptionException if an option is missing or invalid
   * @throws RecordFileException if a path matches nothing, or a file's size does not fit its records
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new StructviewTable(properties);
  }

  /**
   * Saves a DataFrame as files of records: what {@code df.write().format("structview")...save(path)}
   * runs (see <a href="#writing">Writing</a>).
   *
   * @throws StructviewOptionException if an option is missing, invalid, or not for writing
   * @throws RecordSchemaException if the DataFrame's columns do not match the format's
   * @throws RecordFileException if the path exists and the mode is {@code errorIfExists}, or the
   *     path is a file and the mode {@code append}
   */
  @Override
  public BaseRelation createRelation(SQLContext context, SaveMode mode, scala.collection.immutable.Map<String, String>
      parameters, Dataset<Row> data) {
    return RecordSave.save(context, mode, scala.jdk.javaapi.CollectionConverters.asJava(parameters), data);
  }

  /** The columns of the format option, or the option's error. */
  static StructColumn columns(StructviewOptions options) {
    try {
      return RecordLayout.columns(options.format(), options.charset(), SQLConf.get().caseSensitiveAnalysis());
    } catch (IllegalArgumentException e) {
      throw new StructviewOptionException(StructviewOptions.FORMAT, options.format().format(), e.getMessage(), e);
    }
  }
}
