package dev.structview.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the items of one PEP 3118 struct as NumPy does (see {@link Pep3118Parser}): alignment for
 * items read under {@code @}, padding of elements whose size is not a multiple of their alignment,
 * and the C-struct tail padding a nested struct gets.
 */
final class StructLayout {
  private final String format;
  private final List<FieldLayout> fields = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private long size;
  private long values;
  private long alignment = 1;

  StructLayout(String format) {
    this.format = format;
  }

  /** Places an item (its offset is ignored) after the items so far. */
  void add(FieldLayout item) {
    boolean aligned = item.mode().aligned();
    long align = !aligned ? 1 : item.isNested() ? item.nested().alignment() : item.code().alignment(item.mode());
    alignment = Math.max(alignment, align);
    long offset = roundUp(size, align, item.index());
    StructFormat nested = item.nested();
    long each = item.code() == FormatCode.PAD ? 1 : item.elementSize();
    long elements = item.code() == FormatCode.PAD ? item.count() : item.elementCount();
    long tail = (align - each % align) % align;
    long after = 0;
    if (tail != 0 && elements > 1) {
      nested = nested.padded(each + tail); // only structs can be short of their alignment
      each += tail;
    } else {
      after = tail;
    }
    if (each != 0 && elements > (Long.MAX_VALUE - offset - after) / each) {
      throw tooLong(item.index());
    }
    if (item.name() != null && !names.add(item.name())) {
      throw new FormatException(format, item.index(), "duplicate field name",
          FormatParser.quote(format.charAt(item.index())) + " at index " + item.index() + ": '" + item.name()
              + "' is already a field of this struct");
    }
    fields.add(new FieldLayout(item.code(), item.count(), offset, item.mode(), item.index(), item.name(), nested,
        item.dims()));
    size = offset + elements * each + after;
    values = FormatParser.addValues(values, item.valueCount());
  }

  /**
   * Returns the struct.
   *
   * @param text the struct's text
   * @param end the byte order in force at its end, used when it has no items
   * @param padEnd whether to pad the size to the alignment, as a C struct
   */
  StructFormat finish(String text, ByteOrderMode end, boolean padEnd) {
    long total = padEnd ? roundUp(size, alignment, format.length() - 1) : size;
    ByteOrderMode mode = fields.isEmpty() ? end : fields.get(0).mode();
    return new StructFormat(text, mode, fields, total, values, alignment);
  }

  private long roundUp(long value, long align, int index) {
    long extra = value == 0 ? 0 : (align - 1) - (value - 1) % align;
    if (extra > Long.MAX_VALUE - value) {
      throw tooLong(index);
    }
    return value + extra;
  }

  private FormatException tooLong(int index) {
    return new FormatException(format, index, "total struct size too long",
        "the item at index " + index + " brings the size past " + Long.MAX_VALUE + " bytes");
  }
}
