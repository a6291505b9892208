package dev.structview.format;

import dev.structview.internal.Require;
import java.util.List;

/**
 * A parsed format: its items with their offsets, its total size and its value count. Immutable,
 * and so safe to share between threads without synchronization.
 *
 * <p>Made by {@link FormatParser#parse}, the one place a format string is parsed; the annotation
 * processor and {@link Struct} both work from this description, so sizes and offsets never
 * disagree.
 */
public final class StructFormat {
  private final String format;
  private final ByteOrderMode mode;
  private final List<FieldLayout> fields;
  private final long size;
  private final long valueCount;
  private final long alignment;

  StructFormat(String format, ByteOrderMode mode, List<FieldLayout> fields, long size, long valueCount,
      long alignment) {
    this.format = format;
    this.mode = mode;
    this.fields = List.copyOf(fields);
    this.size = size;
    this.valueCount = valueCount;
    this.alignment = alignment;
  }

  /** The same struct with its size rounded up, as an element of a repeated PEP 3118 item. */
  StructFormat padded(long newSize) {
    return new StructFormat(format, mode, fields, newSize, valueCount, alignment);
  }

  /** Returns the format string exactly as given. */
  public String format() {
    return format;
  }

  /** Returns the byte order, size and alignment rules the prefix selected. */
  public ByteOrderMode mode() {
    return mode;
  }

  /** Returns the items in format order, pads and zero-count items included. */
  public List<FieldLayout> fields() {
    return fields;
  }

  /** Returns the total size in bytes, as {@code struct.calcsize}. */
  public long size() {
    return size;
  }

  /**
   * Returns the largest alignment of the items: 1 unless items align ({@code @}). A {@code T{...}}
   * struct aligns to this and pads its size to a multiple of it.
   */
  public long alignment() {
    return alignment;
  }

  /**
   * Returns the item with a PEP 3118 name, or {@code null}.
   *
   * @throws IllegalArgumentException if {@code name} is null
   */
  public FieldLayout field(String name) {
    Require.nonNull(name, "name");
    for (FieldLayout f : fields) {
      if (name.equals(f.name())) {
        return f;
      }
    }
    return null;
  }

  /** Returns how many values {@code pack} takes and {@code unpack} gives. */
  public long valueCount() {
    return valueCount;
  }

  /**
   * Returns whether this format and {@code other} lay out the same values: the same size and, once
   * counts, shapes and nested structs are unrolled, the same kind of value ({@link FormatCode.Kind})
   * of the same size at the same offsets in the same byte order (a string's length included). Names
   * and pad bytes do not matter, so {@code "<BBB"}, {@code "<3B"} and {@code "<B:b:B:g:B:r:"} all
   * agree, and so do a native {@code "l"} and {@code "q"} where a C long has 8 bytes (NumPy's
   * {@code int64}); {@code "<H"} and {@code ">H"} do not, nor do {@code "<h"} and {@code "<H"}.
   * Single bytes and strings have no byte order: NumPy's {@code "T{B:flag:>I:value:}"} agrees with
   * {@code ">BI"}. A string with a shape is that many strings: {@code "(2)3s"} agrees with
   * {@code "3s3s"}, not with {@code "6s"} or {@code "3s3x"}.
   *
   * <p>The comparison is lazy and bounded: memory does not grow with counts, and it stops at the first
   * difference. Formats spelled alike are the same without unrolling.
   *
   * @throws IllegalArgumentException if {@code other} is null, or if no difference is found within
   *     2<sup>20</sup> steps of unrolling (a nested struct repeated that many times, even an empty
   *     one)
   */
  public boolean sameValues(StructFormat other) {
    if (other == null) {
      throw new IllegalArgumentException("other format must not be null");
    }
    if (format.equals(other.format)) {
      return true; // one parser, one layout per string (the dialects agree where both parse)
    }
    return size == other.size && ScalarLayout.sameRuns(this, other);
  }

  /** Two formats are equal when their strings are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StructFormat && ((StructFormat) o).format.equals(format);
  }

  @Override
  public int hashCode() {
    return format.hashCode();
  }

  @Override
  public String toString() {
    return "StructFormat[format=" + format + ", size=" + size + ", values=" + valueCount + "]";
  }
}
