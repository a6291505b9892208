package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/**
 * Decodes a column of fixed-length arrays (a repeat count or a PEP 3118 shape): each row's elements
 * lie {@code elementStride} bytes apart, and go to the child vector at {@code row * length}.
 */
final class ArrayDecoder implements ColumnDecoder {
  private final int length;
  private final int elementStride;
  private final ColumnDecoder element;

  ArrayDecoder(int length, int elementStride, ColumnDecoder element) {
    this.length = length;
    this.elementStride = elementStride;
    this.element = element;
  }

  @Override
  public void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at) {
    WritableColumnVector child = out.arrayData();
    // The reader sizes batches so that a batch's values fit an int (RecordLayout.batchRows).
    child.reserve(Math.toIntExact((long) (at + rows) * length));
    for (int r = 0; r < rows; r++, position += stride) {
      int first = (at + r) * length;
      out.putArray(at + r, first, length);
      element.decode(store, position, elementStride, length, child, first);
    }
  }
}
