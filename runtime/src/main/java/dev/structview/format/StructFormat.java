package dev.structview.format;

import java.util.List;

/**
 * A parsed format: its items with their offsets, its total size and its value count. Immutable.
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

  StructFormat(String format, ByteOrderMode mode, List<FieldLayout> fields, long size, long valueCount) {
    this.format = format;
    this.mode = mode;
    this.fields = List.copyOf(fields);
    this.size = size;
    this.valueCount = valueCount;
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

  /** Returns how many values {@code pack} takes and {@code unpack} gives. */
  public long valueCount() {
    return valueCount;
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
