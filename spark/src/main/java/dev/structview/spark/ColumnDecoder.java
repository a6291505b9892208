package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/**
 * Decodes one column of a batch of records into a Spark column vector, reading each value at its
 * fixed offset with the byte-order access generated views use ({@link ByteStore}).
 *
 * <p>A decoder is made per reader and reused for every batch; it keeps what scratch space it needs
 * and makes no object per value of a numeric column.
 */
interface ColumnDecoder {
  /**
   * Decodes {@code rows} values, the first at {@code position} of {@code store} and each next one
   * {@code stride} bytes further, into rows {@code at} to {@code at + rows - 1} of {@code out}.
   * The caller has checked that every byte read lies in the store and reserved the rows.
   */
  void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at);
}
