package dev.structview.spark;

import dev.structview.memory.ByteStore;
import dev.structview.support.Conversions;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Writes an array column into a repeated item ({@code 3h}) or one dimension of a shape: exactly
 * {@code length} elements, {@code stride} bytes apart, none of them null.
 */
final class ArrayEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int stride;
  private final FieldEncoder element;

  ArrayEncoder(int length, int stride, FieldEncoder element) {
    this.length = length;
    this.stride = stride;
    this.element = element;
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    ArrayData array = row.getArray(ordinal);
    if (array.numElements() != length) {
      throw Conversions.lengthError("the item", array.numElements(), length);
    }
    for (int k = 0; k < length; k++) {
      if (array.isNullAt(k)) {
        throw FieldError.nullAt("[" + k + "]");
      }
      try {
        element.encode(array, k, store, position + k * stride);
      } catch (IllegalArgumentException e) {
        throw FieldError.at("[" + k + "]", e);
      }
    }
  }
}
