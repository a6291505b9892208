package dev.structview.spark;

import dev.structview.memory.ByteStore;
import dev.structview.support.Conversions;
import java.math.BigInteger;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;

/**
 * Writes integer items ({@code b B h H i I l L q Q n N P}) from integral columns, range-checked as
 * {@code struct.pack} checks a Python int, with the runtime's checks and messages (the support
 * conversions generated setters call), each naming the value as Spark shows it: a decimal of scale
 * 0 is checked by its value, which may exceed a {@code long}.
 */
final class IntegerEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final ValueColumn column;
  private final NumberSource source;
  // Spark's DataType is not declared Serializable, though every concrete one (a case object or
  // class) is: encoders go to executors with the data types they were made for.
  @SuppressWarnings("serial")
  private final DataType type;
  private final int bits;
  private final boolean signed;
  private final boolean pointer;

  IntegerEncoder(ValueColumn column, NumberSource source, DataType type) {
    this.column = column;
    this.source = source;
    this.type = type;
    this.bits = column.kind().size() * 8;
    this.signed = column.kind().isSigned();
    this.pointer = column.code() == 'P';
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    long v = source == NumberSource.DECIMAL ? checkedBig(row, ordinal) : checked(source.longValue(row, ordinal));
    boolean big = column.mode().bigEndian();
    switch (bits) {
      case 8:
        store.putByte(position, (byte) v);
        break;
      case 16:
        store.putShort(position, big, (short) v);
        break;
      case 32:
        store.putInt(position, big, (int) v);
        break;
      default:
        store.putLong(position, big, v);
    }
  }

  /** Returns {@code v} if the item takes it; a negative value passes for P (two's complement), as in struct. */
  private long checked(long v) {
    if (pointer || (signed && bits == 64)) {
      return v;
    }
    if (signed) {
      return Conversions.signed(v, bits, column.code());
    }
    if (bits < 64) {
      return Conversions.unsigned(v, bits, column.code());
    }
    return v >= 0 ? v : Conversions.unsigned64(BigInteger.valueOf(v), column.code()); // throws for v < 0
  }

  /**
   * Returns the bits of a decimal's value if the item takes it (SchemaMatch takes only decimals of
   * scale 0, Python ints). Checked by its mathematical value, so that a message shows it as Spark
   * does ({@code got 300}), as for the other integral types.
   */
  private long checkedBig(SpecializedGetters row, int ordinal) {
    DecimalType d = (DecimalType) type;
    BigInteger v = row.getDecimal(ordinal, d.precision(), d.scale()).toJavaBigDecimal().toBigIntegerExact();
    if (v.bitLength() < Long.SIZE) {
      return checked(v.longValue());
    }
    if (pointer) {
      return Conversions.pointer(v); // up to 2^64-1, as two's complement
    }
    if (!signed && bits == 64) {
      return Conversions.unsigned64(v, column.code());
    }
    BigInteger max = BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
    BigInteger min = signed ? max.negate().subtract(BigInteger.ONE) : BigInteger.ZERO;
    // The wording of the runtime's checks (Conversions.signed), which take a long only.
    throw new IllegalArgumentException("'" + column.code() + "' format requires " + min + " <= number <= " + max
        + ", got " + v);
  }
}
