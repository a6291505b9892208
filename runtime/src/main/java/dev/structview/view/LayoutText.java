package dev.structview.view;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Shows a record layout in an error message, field by field with offsets, so that a user told two
 * formats differ sees where: {@code "0 id:<I, 4 delta:<h, 6 flags:B, 7 pad 1"}. Nested structs are
 * shown inside braces; the text is bounded whatever the format.
 */
final class LayoutText {
  /** Fields shown per struct before the rest are counted; also bounds the nesting shown. */
  private static final int MAX_FIELDS = 24;
  private static final int MAX_DEPTH = 3;

  private LayoutText() {}

  /**
   * The layout of {@code format} for items of {@code itemsize} bytes, with trailing bytes the
   * format does not cover shown as padding; a format that does not parse is shown as given.
   */
  static String of(String format, long itemsize) {
    StructFormat parsed;
    try {
      parsed = FormatParser.parseExtended(format);
    } catch (IllegalArgumentException e) { // FormatException included
      return "'" + format + "' (not a struct format: " + e.getMessage() + ")";
    }
    StringBuilder text = new StringBuilder();
    fields(text, parsed, 0, 0);
    if (itemsize > parsed.size()) {
      text.append(text.length() == 0 ? "" : ", ").append(parsed.size()).append(" pad ")
          .append(itemsize - parsed.size());
    } else if (itemsize < parsed.size()) {
      // NumPy exports a packed array of one record so: a native struct, padded to its alignment.
      return text.append(" (").append(itemsize).append("-byte items, shorter than the format's ")
          .append(parsed.size()).append(" bytes)").toString();
    }
    return text.append(" (").append(itemsize).append(" bytes)").toString();
  }

  private static void fields(StringBuilder text, StructFormat struct, long base, int depth) {
    List<FieldLayout> fields = struct.fields();
    if (fields.size() == 1 && wholeRecord(fields.get(0))) {
      fields(text, fields.get(0).nested(), base, depth + 1); // NumPy's "T{...}": the record's own fields
      return;
    }
    int shown = 0;
    int i = 0;
    for (; i < fields.size() && shown < MAX_FIELDS; i++, shown++) {
      if (shown > 0) {
        text.append(", ");
      }
      FieldLayout f = fields.get(i);
      if (f.isPadding()) { // "xxxx" is one pad of 4 here
        long start = base + f.offset();
        long end = f.end();
        while (i + 1 < fields.size() && fields.get(i + 1).isPadding() && fields.get(i + 1).offset() == end) {
          end = fields.get(++i).end();
        }
        text.append(start).append(" pad ").append(end - f.offset());
      } else {
        field(text, f, base, depth);
      }
    }
    if (i < fields.size()) {
      text.append(", ...");
    }
  }

  private static boolean wholeRecord(FieldLayout f) {
    return f.isNested() && f.name() == null && f.elementCount() == 1 && f.dims() == null && f.offset() == 0;
  }

  private static void field(StringBuilder text, FieldLayout f, long base, int depth) {
    text.append(base + f.offset()).append(' ');
    if (f.name() != null) {
      text.append(f.name()).append(':');
    }
    if (f.elementCount() != 1 || f.dims() != null) {
      text.append(f.elementCount()).append('x');
    }
    if (f.isNested()) {
      text.append("T{");
      if (depth < MAX_DEPTH) {
        fields(text, f.nested(), 0, depth + 1);
      } else {
        text.append("...");
      }
      text.append('}');
      return;
    }
    FormatCode code = f.code();
    if (f.hasByteOrder()) {
      text.append(f.order() == ByteOrder.BIG_ENDIAN ? '>' : '<');
    }
    if (code.countIsLength()) {
      text.append(f.count());
    }
    text.append(code.code());
  }
}
