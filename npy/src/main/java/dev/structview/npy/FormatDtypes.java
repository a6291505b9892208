package dev.structview.npy;

import dev.structview.format.ByteOrderMode;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The NumPy dtype of a struct format, for writing a view: what {@code numpy.asarray(memoryview)}
 * makes of the format, with its offsets as the runtime's parser lays them out. One item without a
 * name is a scalar ({@code "<i"} is {@code '<i4'}, {@code "5s"} is {@code '|S5'}); anything else is
 * a structured dtype whose fields keep their PEP 3118 names, unnamed ones called {@code f0},
 * {@code f1}, ... by position, repeated codes and {@code (2,3)} shapes becoming sub-arrays and pad
 * bytes becoming gaps.
 */
final class FormatDtypes {
  private FormatDtypes() {}

  /**
   * Returns the dtype of items of {@code format} spaced {@code itemsize} bytes apart.
   *
   * @throws IllegalArgumentException if the format has no NumPy dtype: the runtime cannot parse it
   *     (formats with {@code Z}, {@code w} or {@code g} are written only from views {@link Npy} made), or
   *     it holds a Pascal string ({@code p})
   */
  static Dtype of(String format, long itemsize) {
    StructFormat parsed;
    try {
      parsed = FormatParser.parseExtended(format);
    } catch (FormatException e) {
      throw new IllegalArgumentException("the view's format '" + format + "' has no NumPy dtype this writer"
          + " knows: " + e.getMessage(), e);
    }
    List<FieldLayout> items = values(parsed);
    if (items.size() == 1 && items.get(0).name() == null && items.get(0).offset() == 0) {
      Dtype single = item(items.get(0), format);
      if (single instanceof Dtype.Scalar && single.itemsize() == itemsize) {
        return single;
      }
      if (single instanceof Dtype.Struct record && record.itemsize() <= itemsize) {
        return new Dtype.Struct(record.fields(), itemsize); // "T{...}": the record itself
      }
    }
    return struct(parsed, itemsize, format);
  }

  private static Dtype struct(StructFormat parsed, long itemsize, String format) {
    List<Dtype.Field> fields = new ArrayList<>();
    for (FieldLayout item : values(parsed)) {
      String name = item.name() != null ? item.name() : "f" + fields.size();
      fields.add(new Dtype.Field(name, null, item(item, format), item.offset()));
    }
    return new Dtype.Struct(fields, itemsize);
  }

  private static List<FieldLayout> values(StructFormat parsed) {
    List<FieldLayout> items = new ArrayList<>();
    for (FieldLayout item : parsed.fields()) {
      if (!item.isPadding() && item.elementCount() > 0) {
        items.add(item);
      }
    }
    return items;
  }

  /** One item: its element type, as a sub-array when it has a shape or repeats. */
  private static Dtype item(FieldLayout item, String format) {
    Dtype element = item.isNested() ? struct(item.nested(), item.nested().size(), format)
        : scalar(item.code(), item.mode(), item.code().countIsLength() ? item.count() : 0, format);
    long[] dims = item.dims();
    if (dims == null && item.elementCount() > 1) {
      dims = new long[] {item.elementCount()};
    }
    return dims == null ? element : new Dtype.SubArray(element, dims);
  }

  private static Dtype.Scalar scalar(FormatCode code, ByteOrderMode mode, long length, String format) {
    int size = code.size(mode);
    char kind = switch (code.kind()) {
      case CHAR, STRING -> 'S';
      case BOOL -> 'b';
      case SIGNED -> 'i';
      case UNSIGNED, POINTER -> 'u';
      case FLOAT -> 'f';
      default -> throw new IllegalArgumentException("the view's format '" + format + "' holds a '" + code.code()
          + "' item, which no NumPy dtype stores");
    };
    if (kind == 'S') {
      return new Dtype.Scalar('S', code == FormatCode.CHAR ? 1 : length, '|');
    }
    char order = mode.nativeSizes() || mode.order() == java.nio.ByteOrder.nativeOrder() ? '='
        : mode.bigEndian() ? '>' : '<';
    return new Dtype.Scalar(kind, size, size == 1 ? '|' : order);
  }
}
