package dev.structview.view;

import dev.structview.buffer.BufferInfo;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;

/**
 * Fits an exporter's descriptor to a record type: items of the record's format, or of another
 * format with the same values at the same offsets, keep their shape and strides; bytes are cast
 * by the rules of {@code memoryview.cast}.
 */
final class RecordLayouts {
  private RecordLayouts() {}

  static ViewLayout of(RecordType<?> type, BufferInfo info) {
    ViewLayout source = ViewLayout.of(info);
    int size = type.size();
    if (bare(source.format).equals(bare(type.format())) && source.itemsize == size) {
      return source;
    }
    if (source.itemsize >= size && sameValues(source.format, source.itemsize, type.format())) {
      // Another spelling of the same values ("<3B" for "<B:b:B:g:B:r:", NumPy's "T{=I:id:h:d:}"
      // for "<Ih"), or the record followed by padding (NumPy's aligned dtypes, whose itemsize
      // runs past the format's last field): the records' own format reads it, padded to the item.
      return source.reformat(padded(type.format(), source.itemsize - size));
    }
    if (!Casts.isByteFormat(source.format)) {
      throw new IllegalArgumentException("cannot view '" + source.format + "' items of " + source.itemsize
          + " bytes as '" + type.format() + "' records of " + size + " bytes: the formats differ"
          + "\n  exported: " + LayoutText.of(source.format, source.itemsize)
          + "\n  record:   " + LayoutText.of(type.format(), size));
    }
    if (!source.cContiguous) {
      throw new IllegalArgumentException("memoryview: casts are restricted to C-contiguous views");
    }
    if (source.nbytes % size != 0) {
      throw new IllegalArgumentException("a buffer of " + source.nbytes + " bytes is not a whole number of "
          + size + "-byte records");
    }
    return source.recast(type.format(), size, new long[] {source.nbytes / size});
  }

  /**
   * Whether an exporter's items hold the record's values at the record's offsets, and nothing but
   * padding after them: both layouts are padded to the item's size and compared value by value. An
   * exporter's format that does not parse, or that is longer than its items, does not match.
   */
  private static boolean sameValues(String exported, long itemsize, String record) {
    try {
      StructFormat items = FormatParser.parseExtended(exported);
      if (items.size() > itemsize) {
        return false;
      }
      return padded(items, itemsize).sameValues(padded(FormatParser.parseExtended(record), itemsize));
    } catch (IllegalArgumentException e) { // FormatException included: not a layout to compare
      return false;
    }
  }

  private static StructFormat padded(StructFormat format, long itemsize) {
    long pad = itemsize - format.size();
    return pad == 0 ? format : FormatParser.parseExtended(padded(format.format(), pad));
  }

  /** {@code format} followed by {@code pad} pad bytes, which bind to no value in either dialect. */
  private static String padded(String format, long pad) {
    return pad == 0 ? format : format + pad + "x";
  }

  private static String bare(String format) {
    return format.startsWith("@") ? format.substring(1) : format;
  }
}
