package dev.structview.samples.cli;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.Struct;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one record in a struct format, decoded one at a time straight from the buffer and
 * shown as Python's {@code repr}: a record of millions of values is never unpacked into a list.
 * Each value is decoded by a one-code {@link Struct} in the format's byte-order mode, at the
 * offset the format's own layout gives it, so that sizes, alignment and values are exactly
 * {@code struct.unpack}'s.
 */
final class RecordValues {
  /** One item of the format that has values: its layout and the struct that decodes one of them. */
  private record Item(FieldLayout field, Struct one) {}

  private final List<Item> items = new ArrayList<>();
  private final long valueCount;

  RecordValues(Struct struct) {
    for (FieldLayout f : struct.layout().fields()) {
      if (f.valueCount() > 0) {
        String code = (f.code().countIsLength() ? Long.toString(f.count()) : "") + f.code().code();
        items.add(new Item(f, Struct.of(f.mode().prefix() + code)));
      }
    }
    valueCount = struct.layout().valueCount();
  }

  /** How many values a record has: {@code len(struct.unpack(...))}. */
  long count() {
    return valueCount;
  }

  /**
   * Writes the values of the record at {@code start} in {@code data} as Python prints the tuple
   * {@code struct.unpack} returns: {@code (1, b'ab', 2.5)}, and {@code (7,)} for one value.
   */
  void writeTuple(ByteBuffer data, int start, ChunkedOutput out) {
    out.append('(');
    boolean[] first = {true};
    forEach(data, start, (item, at) -> {
      out.append(first[0] ? "" : ", ");
      first[0] = false;
      if (item.field().code() == FormatCode.STRING) {
        PyRepr.bytes(data, at, length(item), out::append); // in pieces: a string may be megabytes long
      } else {
        out.append(repr(item, data, at));
      }
    });
    out.append(valueCount == 1 ? ",)" : ")");
  }

  /** One cell per value, in order, to write a table's rows fast: for records of few values. */
  ValueCell[] cells() {
    List<ValueCell> cells = new ArrayList<>();
    for (Item item : items) {
      FieldLayout f = item.field();
      for (long i = 0; i < f.valueCount(); i++) {
        cells.add(new ValueCell(f, f.offset() + i * f.elementSize(), item.one()));
      }
    }
    return cells.toArray(new ValueCell[0]);
  }

  /** The reprs of the values of the record at {@code start}, for a table, which has few values. */
  List<String> strings(ByteBuffer data, int start) {
    List<String> values = new ArrayList<>();
    forEach(data, start, (item, at) -> values.add(item.field().code() == FormatCode.STRING
        ? PyRepr.of(bytes(data, at, length(item))) : repr(item, data, at)));
    return values;
  }

  /** Where each value of a record is. */
  private interface ValueAt {
    void accept(Item item, int offset);
  }

  private void forEach(ByteBuffer data, int start, ValueAt action) {
    for (Item item : items) {
      FieldLayout f = item.field();
      for (long i = 0; i < f.valueCount(); i++) {
        action.accept(item, Math.toIntExact(start + f.offset() + i * f.elementSize())); // inside the record's buffer
      }
    }
  }

  private static String repr(Item item, ByteBuffer data, int at) {
    return PyRepr.of(item.one().unpackFrom(data, at).get(0));
  }

  /** The length of an {@code s} item: its count, which fits an int since the record fits the file. */
  private static int length(Item item) {
    return (int) item.field().count();
  }

  private static byte[] bytes(ByteBuffer data, int at, int length) {
    byte[] bytes = new byte[length];
    data.get(at, bytes);
    return bytes;
  }
}
