package dev.structview.view;

import dev.structview.format.Struct;
import dev.structview.memory.ByteStore;
import java.util.List;

/**
 * Records of any struct format, standing in for generated code: each view unpacks its record with
 * {@link Struct}, so a test can compare what an array placed it on with what CPython reads there.
 */
final class StructRecords implements RecordType<StructRecords.Rec> {
  private final Struct struct;

  StructRecords(String format) {
    this.struct = Struct.of(format);
  }

  /** A view: where the record is, and its values. */
  static final class Rec {
    private final Struct struct;
    ByteStore store;
    long position;

    Rec(Struct struct) {
      this.struct = struct;
    }

    List<Object> values() {
      byte[] record = new byte[(int) struct.size()];
      store.copyTo(position, record, 0, record.length);
      return struct.unpack(record);
    }
  }

  @Override
  public String format() {
    return struct.format();
  }

  @Override
  public int size() {
    return (int) struct.size();
  }

  @Override
  public boolean writable() {
    return false;
  }

  @Override
  public Rec move(Rec view, ByteStore store, long position) {
    Rec r = view == null ? new Rec(struct) : view;
    r.store = store;
    r.position = store.checkRecord(position, size());
    return r;
  }
}
