package dev.structview.spark;

import dev.structview.format.ByteOrderMode;
import org.apache.spark.sql.types.DataType;

/**
 * A column of fixed-width numbers or booleans.
 *
 * @param kind what the values are, and the Spark type they read as
 * @param mode the item's byte order and size rules
 * @param code the item's struct code, which writes name in their errors
 */
record ValueColumn(ValueKind kind, ByteOrderMode mode, char code) implements ColumnSpec {
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
    return new ScalarDecoder(kind, mode.bigEndian());
  }
}
