package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/** Decodes a column of nested structs ({@code T{...}}): each member from its offset in the struct. */
final class StructDecoder implements ColumnDecoder {
  private final int[] offsets;
  private final ColumnDecoder[] members;

  StructDecoder(int[] offsets, ColumnDecoder[] members) {
    this.offsets = offsets.clone();
    this.members = members.clone();
  }

  @Override
  public void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at) {
    for (int i = 0; i < members.length; i++) {
      WritableColumnVector child = out.getChild(i);
      child.reserve(at + rows);
      members[i].decode(store, position + offsets[i], stride, rows, child, at);
    }
  }
}
