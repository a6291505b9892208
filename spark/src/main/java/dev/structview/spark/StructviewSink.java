package dev.structview.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The DS V2 half of {@code df.write().format("structview").save(path)}: a provider whose table takes
 * batch writes (appends and overwrites) of record files.
 *
 * <p>Spark runs DS V2 writes of a plain {@link TableProvider} in modes {@code append} and
 * {@code overwrite} only, and refuses {@code errorIfExists} (its default) and {@code ignore}. So
 * {@code format("structview")} enters a save through Spark's V1 path, where
 * {@link StructviewDataSource} applies the save mode to the output path as Spark's file sources do,
 * then runs the write through this provider as an append or an overwrite. Naming this class in
 * {@code format(...)} directly writes in those two modes without that check, and is not needed.
 */
public final class StructviewSink implements TableProvider {
  /** Creates the provider; Spark does, by its class name. */
  public StructviewSink() {}

  /**
   * Returns the schema the {@code format} option reads as.
   *
   * @throws StructviewOptionException if an option is missing or invalid
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return StructviewDataSource.columns(StructviewOptions.parseForWrite(options)).type();
  }

  /**
   * Returns the output directory as a table that takes batch writes.
   *
   * @throws StructviewOptionException if an option is missing or invalid, or cannot be written
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new RecordSinkTable(properties);
  }
}
