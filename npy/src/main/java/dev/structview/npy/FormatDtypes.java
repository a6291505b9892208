package dev.structview.npy;

import dev.structview.format.ByteOrderMode;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NumPy dtype of a struct format, for writing a view: what {@code numpy.asarray(memoryview)}
 * makes of the format ({@code numpy._core._internal._dtype_from_pep3118}), with its offsets as the
 * runtime's parser lays them out. One unnamed item as long as the view's items is that item's
 * type: a scalar ({@code "<i"} is {@code '<i4'}, {@code "5s"} is {@code '|S5'}), a record
 * ({@code "T{...}"}), or a sub-array ({@code "<3i"} is {@code ('<i4', (3,))}, which NumPy turns
 * into an array of one more dimension). Anything else is a structured dtype whose fields keep their
 * PEP 3118 names, repeated codes and {@code (2,3)} shapes becoming sub-arrays and pad bytes gaps;
 * unnamed fields are named as NumPy's {@code _fix_names} names them: each, in order, the first of
 * {@code f0}, {@code f1}, ... that no field has yet, so {@code "i:a: i"} is {@code [('a', '<i4'),
 * ('f0', '<i4')]} and {@code "i i:f0:"} is {@code [('f1', '<i4'), ('f0', '<i4')]}.
 */
final class FormatDtypes {
  private FormatDtypes() {}

  /**
   * Returns the dtype of items of {@code format} spaced {@code itemsize} bytes apart.
   *
   * @throws IllegalArgumentException if the format has no NumPy dtype: the runtime cannot parse it
   *     (formats with {@code Z}, {@code w} or {@code g} are written only from views {@link Npy} made),
   *     it holds a Pascal string ({@code p}) or a pointer ({@code P}), or {@code n} or {@code N}
   *     beside other items, which {@code numpy.asarray} refuses too; or its items are longer than
   *     {@code itemsize}, so that the data would not hold them
   */
  static Dtype of(String format, long itemsize) {
    StructFormat parsed;
    try {
      parsed = FormatParser.parseExtended(format);
    } catch (FormatException e) {
      throw new IllegalArgumentException("the view's format '" + format + "' has no NumPy dtype this writer"
          + " knows: " + e.getMessage(), e);
    }
    if (parsed.size() > itemsize) {
      // NumPy: "Item size 2 for PEP 3118 buffer format string i does not match the dtype i item size 4".
      throw new IllegalArgumentException("the view's items are " + itemsize + " bytes, fewer than the "
          + parsed.size() + " of its format '" + format + "': the data would not hold them");
    }
    List<FieldLayout> items = values(parsed);
    if (!(items.size() == 1 && items.get(0).elementCount() == 1 && items.get(0).name() == null)) {
      refuseSizes(parsed, format);
    }
    if (items.size() == 1 && items.get(0).name() == null && items.get(0).offset() == 0) {
      Dtype single = item(items.get(0), format);
      if (single.itemsize() == itemsize) {
        return single;
      }
      if (single instanceof Dtype.Struct record && parsed.size() == record.itemsize()
          && record.itemsize() < itemsize) {
        // "T{...}" in items longer than the format (NumPy refuses the view): the record, padded
        return new Dtype.Struct(record.fields(), itemsize);
      }
    }
    return struct(parsed, itemsize, format);
  }

  private static Dtype struct(StructFormat parsed, long itemsize, String format) {
    List<FieldLayout> items = values(parsed);
    List<String> names = names(items);
    List<Dtype.Field> fields = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      fields.add(new Dtype.Field(names.get(i), null, item(items.get(i), format), items.get(i).offset()));
    }
    return new Dtype.Struct(fields, itemsize);
  }

  /** NumPy's {@code _fix_names}: each unnamed item, in order, takes the first {@code f<n>} no item has. */
  private static List<String> names(List<FieldLayout> items) {
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (FieldLayout item : items) {
      names.add(item.name());
      taken.add(item.name());
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) == null) {
        int n = 0;
        while (taken.contains("f" + n)) {
          n++;
        }
        names.set(i, "f" + n);
        taken.add("f" + n);
      }
    }
    return names;
  }

  /** The items that are fields: all but pads, as NumPy keeps unnamed {@code x} out and {@code 0i} in. */
  private static List<FieldLayout> values(StructFormat parsed) {
    List<FieldLayout> items = new ArrayList<>();
    for (FieldLayout item : parsed.fields()) {
      if (!item.isPadding()) {
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
    if (dims == null && item.elementCount() != 1) { // "0i" too: NumPy's ('<i4', (0,))
      dims = new long[] {item.elementCount()};
    }
    return dims == null ? element : new Dtype.SubArray(element, dims);
  }

  /**
   * Refuses {@code n} and {@code N} in a format of more than one of them, as NumPy's
   * {@code _dtype_from_pep3118} does (alone, they are NumPy's {@code intp} and {@code uintp}).
   */
  private static void refuseSizes(StructFormat parsed, String format) {
    for (FieldLayout item : parsed.fields()) {
      if (item.isNested()) {
        refuseSizes(item.nested(), format);
      } else if (item.code() == FormatCode.SSIZE_T || item.code() == FormatCode.SIZE_T) {
        throw new IllegalArgumentException("the view's format '" + format + "' holds '" + item.code().code()
            + "' beside other items, which NumPy does not read ('" + format + "' is not a valid PEP 3118"
            + " buffer format string)");
      }
    }
  }

  private static Dtype.Scalar scalar(FormatCode code, ByteOrderMode mode, long length, String format) {
    int size = code.size(mode);
    char kind = switch (code.kind()) {
      case CHAR, STRING -> 'S';
      case BOOL -> 'b';
      case SIGNED -> 'i';
      case UNSIGNED -> 'u';
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
