package dev.structview.spark;

import org.apache.spark.sql.types.DataType;

/**
 * A column of fixed-width numbers or booleans.
 *
 * @param kind what the values are, and the Spark type they read as
 * @param bigEndian the byte order of the values
 */
record ValueColumn(ValueKind kind, boolean bigEndian) implements ColumnSpec {
  @Override
  public DataType type() {
    return kind.type();
  }

  @Override
  public long values() {
    return 1;
  }

  @Override
  public ColumnDecoder decoder() {
    return new ScalarDecoder(kind, bigEndian);
  }
}
