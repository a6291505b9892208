package dev.structview.spark;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.StructFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a parsed record format reads as, and the size of its records: derived from the
 * runtime's layout (offsets, sizes, names, shapes, nested structs), never from the format string.
 *
 * <p>Every item that holds values is a column; pad bytes and items with no values ({@code 0h}, a
 * {@code T{}} with no fields) are none. A repeat count above one, or a shape, makes an array; a
 * nested struct makes a struct. Unnamed items are named as NumPy names them: each takes the
 * smallest {@code f<j>} (j = 0, 1, ...) that no other field of its struct has.
 */
final class RecordLayout {
  /**
   * The largest record, 32 MiB: a task holds a record's bytes, and its values in column vectors,
   * which Spark sizes at twice what they hold (and a string decoded to UTF-8 may take 3 bytes a
   * byte). Records of 300 MB ran a local executor out of memory and stopped the SparkContext;
   * two tasks reading records of 32 MiB of the worst text (every byte a malformed UTF-8 sequence)
   * fit a heap of 1 GiB (spark.driver.memory's default), as measured with the probe of the fix.
   */
  static final long MAX_RECORD_BYTES = 32L << 20;
  /** The most values one record may hold in column vectors, so that a batch of them fits in memory. */
  static final long MAX_VALUES = 1L << 24;
  /** The most records in one batch. */
  static final int MAX_BATCH_ROWS = 4096;
  /** Batches hold about this many record bytes at most, or one record. */
  static final long BATCH_BYTES = 4L << 20;
  /** Batches hold about this many values at most, or one record's. */
  static final long BATCH_VALUES = 1L << 22;

  private final String charset;
  private final boolean caseSensitive;

  private RecordLayout(String charset, boolean caseSensitive) {
    this.charset = charset;
    this.caseSensitive = caseSensitive;
  }

  /**
   * Returns the columns of a record format.
   *
   * @param charset the charset strings read in, or {@code null} to read them as binary
   * @param caseSensitive whether column names may differ in case only (Spark's
   *     {@code spark.sql.caseSensitive})
   * @throws IllegalArgumentException naming the problem: a record of 0 bytes or more than
   *     {@link #MAX_RECORD_BYTES}, no columns, more than {@link #MAX_VALUES} values, or two names of
   *     one struct that Spark cannot tell apart
   */
  static StructColumn columns(StructFormat format, String charset, boolean caseSensitive) {
    long size = format.size();
    if (size <= 0 || size > MAX_RECORD_BYTES) {
      throw new IllegalArgumentException("records of " + size + " bytes cannot be read or written: a record has 1 to "
          + MAX_RECORD_BYTES + " bytes (32 MiB)" + (size <= 0 ? "" : ", as a task holds a few copies of one in memory;"
          + " read larger records with StructviewInputFormat"));
    }
    StructColumn columns = new RecordLayout(charset, caseSensitive).struct(format);
    if (columns.members().isEmpty()) {
      throw new IllegalArgumentException("the format holds no values (only pad bytes or zero counts)");
    }
    if (columns.values() > MAX_VALUES) {
      throw new IllegalArgumentException("a record holds " + columns.values() + " values, more than the "
          + MAX_VALUES + " a batch can hold; read long runs of bytes with 's' instead of a repeated code");
    }
    return columns;
  }

  /** Returns how many records of {@code recordSize} bytes to decode per batch into {@code columns}. */
  static int batchRows(long recordSize, ColumnSpec columns) {
    long rows = Math.min(BATCH_BYTES / recordSize, BATCH_VALUES / columns.values());
    return (int) Math.max(1, Math.min(MAX_BATCH_ROWS, rows));
  }

  private StructColumn struct(StructFormat format) {
    List<FieldLayout> items = new ArrayList<>();
    List<ColumnSpec> columns = new ArrayList<>();
    for (FieldLayout f : format.fields()) {
      ColumnSpec column = f.isPadding() || f.valueCount() == 0 ? null : column(f);
      if (column != null) {
        items.add(f);
        columns.add(column);
      }
    }
    List<String> names = names(items);
    List<StructColumn.Member> members = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      members.add(new StructColumn.Member(names.get(i), (int) items.get(i).offset(), columns.get(i)));
    }
    return new StructColumn(members);
  }

  /** The column of one item, or {@code null} for a nested struct without columns. */
  private ColumnSpec column(FieldLayout f) {
    if (f.elementCount() > MAX_VALUES) {
      throw new IllegalArgumentException("item at index " + f.index() + " holds " + f.elementCount()
          + " elements, more than the " + MAX_VALUES + " a batch can hold");
    }
    ColumnSpec element = element(f);
    if (element == null) {
      return null;
    }
    long[] dims = f.dims();
    if (dims != null) {
      return shaped(element, f.elementSize(), dims, 0);
    }
    return f.elementCount() == 1 ? element : new ArrayColumn((int) f.elementCount(), (int) f.elementSize(), element);
  }

  private ColumnSpec element(FieldLayout f) {
    if (f.isNested()) {
      StructColumn nested = struct(f.nested());
      return nested.members().isEmpty() ? null : nested;
    }
    FormatCode code = f.code();
    if (code.countIsLength() || code == FormatCode.CHAR) {
      int length = code == FormatCode.CHAR ? 1 : (int) f.count();
      return new BytesColumn(length, code == FormatCode.PASCAL_STRING, charset, code.code());
    }
    return new ValueColumn(ValueKind.of(f), f.mode(), code.code());
  }

  /** Nests arrays for the dimensions from {@code d} on; the elements are {@code elementSize} apart. */
  private static ColumnSpec shaped(ColumnSpec element, long elementSize, long[] dims, int d) {
    if (d == dims.length) {
      return element;
    }
    long inner = elementSize;
    for (int i = d + 1; i < dims.length; i++) {
      inner *= dims[i]; // at most the record's size: the parser bounded the product
    }
    return new ArrayColumn((int) dims[d], (int) inner, shaped(element, elementSize, dims, d + 1));
  }

  /** NumPy's names ({@code _fix_names}): PEP 3118 names as given, the others the next unused f<j>. */
  private List<String> names(List<FieldLayout> items) {
    Set<String> taken = new HashSet<>();
    for (FieldLayout f : items) {
      if (f.name() != null) {
        taken.add(f.name());
      }
    }
    List<String> names = new ArrayList<>();
    int j = 0;
    for (FieldLayout f : items) {
      String name = f.name();
      if (name == null) {
        while (taken.contains("f" + j)) {
          j++;
        }
        name = "f" + j;
        taken.add(name);
      }
      names.add(name);
    }
    checkCase(names);
    return names;
  }

  private void checkCase(List<String> names) {
    if (caseSensitive) {
      return;
    }
    Set<String> folded = new HashSet<>();
    for (String name : names) {
      if (!folded.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("two fields are named '" + name + "' but for case, which Spark does"
            + " not tell apart unless spark.sql.caseSensitive is true; rename one");
      }
    }
  }
}
