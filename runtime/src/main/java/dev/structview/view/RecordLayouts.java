package dev.structview.view;

import dev.structview.buffer.BufferInfo;
import dev.structview.format.FormatParser;

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
    if (source.itemsize == size && sameValues(source.format, type.format())) {
      // Another spelling of the same layout ("<3B" for "<B:b:B:g:B:r:"): the records' own format reads it.
      return source.reformat(type.format());
    }
    if (!Casts.isByteFormat(source.format)) {
      throw new IllegalArgumentException("cannot view '" + source.format + "' items of " + source.itemsize
          + " bytes as '" + type.format() + "' records of " + size + " bytes: the formats differ");
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

  /** Whether two formats lay out the same values; an exporter's format that does not parse does not. */
  private static boolean sameValues(String exported, String record) {
    try {
      return FormatParser.parseExtended(exported).sameValues(FormatParser.parseExtended(record));
    } catch (IllegalArgumentException e) { // FormatException included: not a layout to compare
      return false;
    }
  }

  private static String bare(String format) {
    return format.startsWith("@") ? format.substring(1) : format;
  }
}
