package dev.structview.spark;

import dev.structview.memory.ByteStore;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;

/**
 * Writes a struct's members, each from its column of the DataFrame (matched by name, so in any
 * order) to its offset: the record itself, or a nested {@code T{...}} from a struct column.
 */
final class StructEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final String[] names;
  private final int[] ordinals;
  private final int[] offsets;
  private final FieldEncoder[] members;
  private final int fields;

  /**
   * @param names the members' names, for errors
   * @param ordinals each member's ordinal in the DataFrame's row or struct
   * @param offsets each member's offset in the struct
   * @param members each member's encoder
   * @param fields the number of fields of the DataFrame's struct
   */
  StructEncoder(String[] names, int[] ordinals, int[] offsets, FieldEncoder[] members, int fields) {
    this.names = names.clone();
    this.ordinals = ordinals.clone();
    this.offsets = offsets.clone();
    this.members = members.clone();
    this.fields = fields;
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    encodeMembers(row.getStruct(ordinal, fields), store, position, ".");
  }

  /**
   * Writes a record from a row of the DataFrame at {@code position}.
   *
   * @throws FieldError naming the column (without a leading dot) and CPython's message
   */
  void encodeRecord(InternalRow row, ByteStore store, int position) {
    encodeMembers(row, store, position, "");
  }

  private void encodeMembers(InternalRow row, ByteStore store, int position, String dot) {
    for (int i = 0; i < members.length; i++) {
      if (row.isNullAt(ordinals[i])) {
        throw FieldError.nullAt(dot + names[i]);
      }
      try {
        members[i].encode(row, ordinals[i], store, position + offsets[i]);
      } catch (IllegalArgumentException e) {
        throw FieldError.at(dot + names[i], e);
      }
    }
  }
}
