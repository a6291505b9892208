package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;

/** Writes {@code ?} items as {@code struct.pack} does: 1 for a true value, 0 for a false one, by truthiness. */
final class BoolEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final NumberSource source;
  // Spark's DataType is not declared Serializable, though every concrete one (a case object or
  // class) is: encoders go to executors with the data types they were made for.
  @SuppressWarnings("serial")
  private final DataType type;

  BoolEncoder(NumberSource source, DataType type) {
    this.source = source;
    this.type = type;
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    store.putByte(position, source.truthy(row, ordinal, type) ? (byte) 1 : 0);
  }
}
