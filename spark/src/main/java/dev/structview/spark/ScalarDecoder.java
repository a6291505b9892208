package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/** Decodes a column of fixed-width numbers or booleans: one {@link ValueKind} in one byte order. */
final class ScalarDecoder implements ColumnDecoder {
  private final ValueKind kind;
  private final boolean bigEndian;

  ScalarDecoder(ValueKind kind, boolean bigEndian) {
    this.kind = kind;
    this.bigEndian = bigEndian;
  }

  @Override
  public void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at) {
    kind.decode(store, position, stride, rows, out, at, bigEndian);
  }
}
