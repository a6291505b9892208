package dev.structview.format;

import dev.structview.internal.Require;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One item of a parsed format: a code (or a nested struct) with its count, placed at a byte offset.
 *
 * <p>An item is what the format spells as {@code [count]code}: {@code "3h"} is one item of three
 * shorts, {@code "10s"} one item holding a 10-byte string. Zero-count items are kept, since they
 * still align ({@code "@llh0l"}). Formats parsed by {@link FormatParser#parseExtended} may also give
 * an item a PEP 3118 {@linkplain #name() name}, a {@linkplain #dims() subarray shape} such as
 * {@code (2,3)h}, or a {@linkplain #nested() nested struct} {@code T{...}} in place of a code.
 *
 * @param code the format code, or {@code null} for a nested struct
 * @param count the count as written (1 when omitted): a byte length for {@code s}, {@code p} and
 *     {@code x}; otherwise the number of elements, including those of a subarray shape
 * @param offset the byte offset of the item from the start of the record
 * @param mode the byte order, size and alignment rules in force
 * @param index the index in the format string of the item's first character
 * @param name the PEP 3118 field name, or {@code null}
 * @param nested the layout of a nested {@code T{...}} struct, or {@code null}
 * @param dims the PEP 3118 subarray shape, or {@code null}
 */
public record FieldLayout(FormatCode code, long count, long offset, ByteOrderMode mode, int index, String name,
    StructFormat nested, long[] dims) {

  /**
   * Checks that exactly one of a code and a nested struct is given, and copies the dims.
   *
   * @throws IllegalArgumentException if both or neither of {@code code} and {@code nested} are
   *     given, or {@code mode} is null
   */
  public FieldLayout {
    if ((code == null) == (nested == null)) {
      throw new IllegalArgumentException("an item has either a code or a nested struct");
    }
    Require.nonNull(mode, "mode");
    dims = dims == null ? null : dims.clone();
  }

  /**
   * An unnamed item of plain struct syntax.
   *
   * @throws IllegalArgumentException if {@code code} or {@code mode} is null
   */
  public FieldLayout(FormatCode code, long count, long offset, ByteOrderMode mode, int index) {
    this(code, count, offset, mode, index, null, null, null);
  }

  /** Returns a copy of the subarray shape, or {@code null}. */
  @Override
  public long[] dims() {
    return dims == null ? null : dims.clone();
  }

  /** Returns whether this item is a nested {@code T{...}} struct. */
  public boolean isNested() {
    return nested != null;
  }

  /** Returns the number of elements: strings count once per subarray slot, other codes per count. */
  public long elementCount() {
    if (code != null && code.countIsLength()) {
      return dims == null ? 1 : product(dims);
    }
    return count;
  }

  /** Returns the size of one element: a string's length, a nested struct's size, or the code's size. */
  public long elementSize() {
    if (nested != null) {
      return nested.size();
    }
    return code.countIsLength() ? count : code.size(mode);
  }

  /** Returns the number of bytes this item occupies. */
  public long size() {
    return code == FormatCode.PAD ? count : elementCount() * elementSize();
  }

  /** Returns the offset just past this item. */
  public long end() {
    return offset + size();
  }

  /** Returns the byte order of the item's values, which matters only where {@link #hasByteOrder()}. */
  public ByteOrder order() {
    return mode.order();
  }

  /**
   * Returns whether the item's values depend on its byte order: numbers of more than one byte.
   * Single bytes, strings, pads and nested structs (whose own items say) have none, so NumPy's
   * {@code "T{B:flag:>I:value:}"} and {@code ">BI"} lay out the same values.
   */
  public boolean hasByteOrder() {
    return nested == null && !code.countIsLength() && code != FormatCode.PAD && code.size(mode) > 1;
  }

  /** Returns how many values this item packs and unpacks: 0 for pads, one per element otherwise. */
  public long valueCount() {
    return code == FormatCode.PAD ? 0 : elementCount();
  }

  /** Returns whether this item is pad bytes, which bind to no value. */
  public boolean isPadding() {
    return code == FormatCode.PAD;
  }

  /**
   * Returns the Java class each value of this item unpacks to (see {@link FormatCode}); a nested
   * struct's value is a {@code List} of its values.
   */
  public Class<?> carrier() {
    return nested != null ? List.class : code.carrier(mode);
  }

  static long product(long[] dims) {
    long n = 1;
    for (long d : dims) {
      n *= d;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldLayout)) {
      return false;
    }
    FieldLayout f = (FieldLayout) o;
    return code == f.code && count == f.count && offset == f.offset && mode == f.mode && index == f.index
        && Objects.equals(name, f.name) && Objects.equals(nested, f.nested) && Arrays.equals(dims, f.dims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, count, offset, mode, index, name, nested, Arrays.hashCode(dims));
  }

  @Override
  public String toString() {
    return "FieldLayout[" + (name == null ? "" : name + " ") + (nested == null ? code : "T{...}")
        + " count=" + count + (dims == null ? "" : " dims=" + Arrays.toString(dims)) + " offset=" + offset
        + " mode=" + mode + " index=" + index + "]";
  }
}
