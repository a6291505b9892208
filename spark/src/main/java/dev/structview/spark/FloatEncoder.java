package dev.structview.spark;

import dev.structview.memory.ByteStore;
import dev.structview.support.Conversions;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;

/**
 * Writes float items ({@code e f d}) from numeric columns as {@code struct.pack} packs a Python
 * float, with the runtime's conversions: {@code e} correctly rounded from the double and refused
 * past 65504, {@code f} narrowed as C casts and, under a standard prefix, refused when a finite value
 * overflows; a {@code float} column packs into {@code f} bit for bit. A refusal has CPython's words
 * (an integral column's value is a Python int: "int too large to convert") and names the value as
 * Spark shows it.
 */
final class FloatEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final ValueColumn column;
  private final NumberSource source;
  // Spark's DataType is not declared Serializable, though every concrete one (a case object or
  // class) is: encoders go to executors with the data types they were made for.
  @SuppressWarnings("serial")
  private final DataType type;

  FloatEncoder(ValueColumn column, NumberSource source, DataType type) {
    this.column = column;
    this.source = source;
    this.type = type;
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    boolean big = column.mode().bigEndian();
    try {
      switch (column.kind()) {
        case FLOAT16:
          store.putShort(position, big, Conversions.half(source.doubleValue(row, ordinal, type)));
          break;
        case FLOAT32:
          float f = source == NumberSource.FLOAT ? row.getFloat(ordinal)
              : Conversions.narrow(source.doubleValue(row, ordinal, type), !column.mode().nativeSizes());
          store.putInt(position, big, Float.floatToRawIntBits(f));
          break;
        default:
          store.putLong(position, big, Double.doubleToRawLongBits(source.doubleValue(row, ordinal, type)));
      }
    } catch (IllegalArgumentException e) { // too large for e or f
      throw new IllegalArgumentException(tooLarge() + ", got " + source.shown(row, ordinal, type), e);
    }
  }

  /** CPython's words: struct packs an int (an integral column) by float(), and says so when it overflows. */
  private String tooLarge() {
    return source.integral(type) ? "int too large to convert"
        : "float too large to pack with " + column.code() + " format";
  }
}
