package dev.structview.spark;

import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * The one table of Spark types a numeric or boolean item is written from, and how a value of each is
 * read out of a row: as Python sees an {@code int}, a {@code float} or a truth value before
 * {@code struct.pack} checks it.
 *
 * <table class="striped">
 *   <caption>Spark types each kind of item takes</caption>
 *   <thead><tr><th>items</th><th>Spark types</th></tr></thead>
 *   <tbody>
 *     <tr><td>integers ({@code b B h H i I l L q Q n N P})</td><td>{@code tinyint}, {@code smallint},
 *       {@code int}, {@code bigint}, {@code decimal(p, 0)}: Python ints, range-checked</td></tr>
 *     <tr><td>floats ({@code e f d})</td><td>those, and {@code float}, {@code double} and any
 *       {@code decimal}: converted as Python's {@code float()}, then rounded as struct rounds</td></tr>
 *     <tr><td>{@code ?}</td><td>{@code boolean}, and every number: by truthiness</td></tr>
 *   </tbody>
 * </table>
 */
enum NumberSource {
  BOOLEAN,
  BYTE,
  SHORT,
  INT,
  LONG,
  FLOAT,
  DOUBLE,
  DECIMAL;

  /** Returns the source a Spark type is read as, or {@code null} for a type that is not a number. */
  static NumberSource of(DataType type) {
    if (type instanceof DecimalType) {
      return DECIMAL;
    }
    return type.equals(DataTypes.BooleanType) ? BOOLEAN
        : type.equals(DataTypes.ByteType) ? BYTE
        : type.equals(DataTypes.ShortType) ? SHORT
        : type.equals(DataTypes.IntegerType) ? INT
        : type.equals(DataTypes.LongType) ? LONG
        : type.equals(DataTypes.FloatType) ? FLOAT
        : type.equals(DataTypes.DoubleType) ? DOUBLE
        : null;
  }

  /** Returns whether a value of {@code type} from this source is a Python int (a decimal of scale 0 is). */
  boolean integral(DataType type) {
    return this == BYTE || this == SHORT || this == INT || this == LONG
        || (this == DECIMAL && ((DecimalType) type).scale() == 0);
  }

  /** Reads an integral value that fits a long ({@code BYTE} to {@code LONG}). */
  long longValue(SpecializedGetters row, int ordinal) {
    switch (this) {
      case BYTE:
        return row.getByte(ordinal);
      case SHORT:
        return row.getShort(ordinal);
      case INT:
        return row.getInt(ordinal);
      case LONG:
        return row.getLong(ordinal);
      default:
        throw new IllegalStateException(this + " is not read as a long");
    }
  }

  /** Reads a number as Python's {@code float()} converts it (long to double rounds to nearest, as Python does). */
  double doubleValue(SpecializedGetters row, int ordinal, DataType type) {
    switch (this) {
      case FLOAT:
        return row.getFloat(ordinal);
      case DOUBLE:
        return row.getDouble(ordinal);
      case DECIMAL:
        DecimalType d = (DecimalType) type;
        return row.getDecimal(ordinal, d.precision(), d.scale()).toJavaBigDecimal().doubleValue();
      default:
        return longValue(row, ordinal);
    }
  }

  /**
   * Returns a value as Spark shows it ({@code cast(v as string)}): a decimal with its scale
   * ({@code 65520.50}), a float as a float ({@code 100000.0}), not as the Java value it is read as.
   */
  String shown(SpecializedGetters row, int ordinal, DataType type) {
    switch (this) {
      case BOOLEAN:
        return String.valueOf(row.getBoolean(ordinal));
      case FLOAT:
        return String.valueOf(row.getFloat(ordinal));
      case DOUBLE:
        return String.valueOf(row.getDouble(ordinal));
      case DECIMAL:
        DecimalType d = (DecimalType) type;
        return row.getDecimal(ordinal, d.precision(), d.scale()).toString();
      default:
        return String.valueOf(longValue(row, ordinal));
    }
  }

  /** Reads a value as Python's truth test: a number is true unless it is zero (NaN is true). */
  boolean truthy(SpecializedGetters row, int ordinal, DataType type) {
    switch (this) {
      case BOOLEAN:
        return row.getBoolean(ordinal);
      case DECIMAL:
        DecimalType d = (DecimalType) type;
        return row.getDecimal(ordinal, d.precision(), d.scale()).toJavaBigDecimal().signum() != 0;
      default:
        return doubleValue(row, ordinal, type) != 0; // NaN != 0 is true, as bool(nan) is
    }
  }
}
