package dev.structview.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A struct of columns: the record itself, or a nested {@code T{...}}.
 *
 * @param members the columns in format order, each at its offset in the struct
 */
record StructColumn(List<Member> members) implements ColumnSpec {
  /**
   * One named column of a struct.
   *
   * @param name the column's name: the PEP 3118 name, or NumPy's {@code f0}, {@code f1}, ...
   * @param offset its byte offset in the struct
   * @param column its values
   */
  record Member(String name, int offset, ColumnSpec column) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Copies the members. */
  StructColumn {
    members = List.copyOf(members);
  }

  @Override
  public StructType type() {
    StructField[] fields = new StructField[members.size()];
    for (int i = 0; i < fields.length; i++) {
      Member m = members.get(i);
      fields[i] = new StructField(m.name(), m.column().type(), false, Metadata.empty());
    }
    return new StructType(fields);
  }

  @Override
  public long values() {
    long values = 1;
    for (Member m : members) {
      values = ColumnSpec.plus(values, m.column().values());
    }
    return values;
  }

  @Override
  public StructDecoder decoder() {
    int[] offsets = new int[members.size()];
    ColumnDecoder[] decoders = new ColumnDecoder[members.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = members.get(i).offset();
      decoders[i] = members.get(i).column().decoder();
    }
    return new StructDecoder(offsets, decoders);
  }

  /** Returns the members {@code requested} names, in its order, each pruned to its requested type. */
  @Override
  public StructColumn prune(DataType requested) {
    if (!(requested instanceof StructType)) {
      throw new IllegalArgumentException("struct column requested as " + requested.simpleString());
    }
    List<Member> kept = new ArrayList<>();
    for (StructField field : ((StructType) requested).fields()) {
      Member m = member(field.name());
      kept.add(new Member(m.name(), m.offset(), m.column().prune(field.dataType())));
    }
    return new StructColumn(kept);
  }

  /** Finds a member by name as Spark resolved it: exactly, or else ignoring case. */
  private Member member(String name) {
    for (Member m : members) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    for (Member m : members) {
      if (m.name().equalsIgnoreCase(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no column '" + name + "' in " + type().simpleString());
  }
}
