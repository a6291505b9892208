package dev.structview.spark;

import java.io.Serializable;
import org.apache.spark.sql.types.DataType;

/**
 * One column of the Spark schema a record format reads as: its type, how many values one
 * occurrence holds, and the decoder of its values. Immutable and serializable: the driver derives
 * the columns from the parsed format and ships them to the executors inside the reader factory.
 */
sealed interface ColumnSpec extends Serializable permits ValueColumn, BytesColumn, ArrayColumn, StructColumn {
  /** Returns the column's Spark type. */
  DataType type();

  /** Returns how many values (the column's own included) one occurrence puts in column vectors. */
  long values();

  /** Returns a new decoder of this column; each reader makes its own. */
  ColumnDecoder decoder();

  /**
   * Returns this column reduced to the nested fields {@code requested} names (a column Spark pruned
   * inside a struct); leaves return themselves.
   *
   * @throws IllegalArgumentException if {@code requested} names a field this column does not have
   */
  default ColumnSpec prune(DataType requested) {
    return this;
  }

  /** Returns {@code a * b}, or {@link Long#MAX_VALUE} where that overflows: counts only compare with limits. */
  static long times(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** Returns {@code a + b}, or {@link Long#MAX_VALUE} where that overflows. */
  static long plus(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }
}
