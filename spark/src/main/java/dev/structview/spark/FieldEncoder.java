package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.io.Serializable;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;

/**
 * Encodes one column of a DataFrame into its item of a record, as {@code struct.pack} packs the
 * value: checked with the runtime's range checks and messages, written with the byte-order access
 * generated views use ({@link ByteStore}). Rows and arrays are both {@link SpecializedGetters}, so
 * the same encoder writes a column and an array's elements.
 *
 * <p>Encoders are immutable and serializable: the driver builds them when it matches the
 * DataFrame's schema with the format, and ships them to the tasks inside the writer factory.
 */
interface FieldEncoder extends Serializable {
  /**
   * Writes the non-null value at {@code ordinal} of {@code row} at {@code position} of
   * {@code store}, whose bytes there are zero.
   *
   * @throws IllegalArgumentException with CPython's message when {@code struct.pack} would refuse
   *     the value ({@link FieldError} when the value sits inside an array or a struct)
   */
  void encode(SpecializedGetters row, int ordinal, ByteStore store, int position);
}
