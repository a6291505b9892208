package dev.structview.spark;

import java.nio.charset.Charset;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A column of byte strings ({@code s}, {@code p}, {@code c}): binary, or strings in a charset.
 *
 * @param length the field's size in bytes
 * @param pascal whether it is a Pascal string ({@code p})
 * @param charset the name of the strings' charset, or {@code null} for binary values (a name, not a
 *     {@link Charset}, which does not serialize)
 * @param code the item's struct code: {@code c} takes exactly one byte when written, {@code s}
 *     and {@code p} any number
 */
record BytesColumn(int length, boolean pascal, String charset, char code) implements ColumnSpec {
  @Override
  public DataType type() {
    return charset == null ? DataTypes.BinaryType : DataTypes.StringType;
  }

  @Override
  public long values() {
    return 1;
  }

  @Override
  public ColumnDecoder decoder() {
    return new BytesDecoder(length, pascal, code == 's', charset == null ? null : Charset.forName(charset));
  }
}
