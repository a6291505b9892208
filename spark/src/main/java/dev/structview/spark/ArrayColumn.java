package dev.structview.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A column of fixed-length arrays: a repeat count ({@code 3h}) or one dimension of a PEP 3118
 * shape ({@code (2,3)h} is an array of 2 arrays of 3).
 *
 * @param length the number of elements
 * @param stride the bytes from one element to the next
 * @param element the elements' column
 */
record ArrayColumn(int length, int stride, ColumnSpec element) implements ColumnSpec {
  @Override
  public DataType type() {
    return DataTypes.createArrayType(element.type(), false);
  }

  @Override
  public long values() {
    return ColumnSpec.plus(1, ColumnSpec.times(length, element.values()));
  }

  @Override
  public ColumnDecoder decoder() {
    return new ArrayDecoder(length, stride, element.decoder());
  }

  @Override
  public ColumnSpec prune(DataType requested) {
    if (!(requested instanceof ArrayType)) {
      throw new IllegalArgumentException("column of type " + type().simpleString() + " requested as "
          + requested.simpleString());
    }
    return new ArrayColumn(length, stride, element.prune(((ArrayType) requested).elementType()));
  }
}
