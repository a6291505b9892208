package dev.structview.npy;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * A NumPy dtype as far as a {@code .npy} file can hold one without pickling: a scalar, a structured
 * record of named fields at offsets, or a sub-array of either. Immutable.
 */
sealed interface Dtype permits Dtype.Scalar, Dtype.Struct, Dtype.SubArray {
  /** NumPy's byte-order character for the machine's own order, as a dtype's {@code str} spells it. */
  char NATIVE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? '<' : '>';

  /** Returns the size of one element in bytes. */
  long itemsize();

  /** Returns NumPy's alignment of the type ({@code dtype.alignment} of an unaligned struct's field). */
  long alignment();

  /**
   * A scalar: {@code kind} is NumPy's kind character ({@code b i u f c S U V}), {@code size} the
   * item size in bytes, {@code order} NumPy's {@code byteorder}: {@code '='} for the machine's
   * order, {@code '<'} or {@code '>'} for the other, {@code '|'} where order does not apply.
   */
  record Scalar(char kind, long size, char order) implements Dtype {
    @Override
    public long itemsize() {
      return size;
    }

    @Override
    public long alignment() {
      return switch (kind) {
        case 'b', 'S', 'V' -> 1;
        case 'U' -> 4;
        case 'c' -> size / 2;
        default -> size;
      };
    }

    /** Whether NumPy has no standard size for it: long double and its complex. */
    boolean nativeOnly() {
      return (kind == 'f' && size == 16) || (kind == 'c' && size == 32);
    }

    /** Returns {@code dtype.str}, as {@code numpy.lib.format} writes it: {@code '<i4'}, {@code '|S5'}. */
    String typestr() {
      char o = order == '=' ? NATIVE : order;
      return o + String.valueOf(kind) + (kind == 'U' ? size / 4 : size);
    }
  }

  /**
   * A field of a structured dtype, at a byte offset from the record's start; {@code title} is
   * NumPy's optional second name, or {@code null}.
   */
  record Field(String name, String title, Dtype type, long offset) {}

  /** A structured dtype: fields in their order (NumPy's {@code names}) and the record's size. */
  record Struct(List<Field> fields, long itemsize) implements Dtype {
    public Struct {
      fields = List.copyOf(fields);
    }

    @Override
    public long alignment() {
      return 1; // a struct read from a descr list is never an aligned struct (descr_to_dtype)
    }
  }

  /**
   * A fixed-shape sub-array of {@code base}, as a field's {@code ('pos', '<f4', (3,))} makes; the
   * base may be a sub-array itself ({@code ('a', ('<i4', (2,)), (3,))}), as NumPy nests them.
   */
  record SubArray(Dtype base, long[] shape) implements Dtype {
    public SubArray {
      shape = shape.clone();
    }

    @Override
    public long[] shape() {
      return shape.clone();
    }

    /** The number of base elements. */
    long count() {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }

    /** The innermost base: the first that is not a sub-array. */
    Dtype element() {
      return base instanceof SubArray inner ? inner.element() : base;
    }

    /**
     * Every level's dimensions, outermost first: the shape NumPy gives the sub-array as an array of
     * its {@link #element()} ({@code (('<i4', (2,)), (3,))} is (3, 2)).
     */
    long[] elementShape() {
      long[] inner = base instanceof SubArray s ? s.elementShape() : new long[0];
      long[] all = Arrays.copyOf(shape, shape.length + inner.length);
      System.arraycopy(inner, 0, all, shape.length, inner.length);
      return all;
    }

    /**
     * The number of {@link #element()}s across every level, saturating at {@code Long.MAX_VALUE}
     * (only an element of size 0 lets the product pass it).
     */
    long elementCount() {
      long n = 1;
      for (SubArray level = this; level != null; level = level.base instanceof SubArray s ? s : null) {
        for (long d : level.shape) {
          n = Math.multiplyHigh(n, d) != 0 || n * d < 0 ? Long.MAX_VALUE : n * d;
        }
      }
      return n;
    }

    @Override
    public long itemsize() {
      return base.itemsize() * count();
    }

    @Override
    public long alignment() {
      return base.alignment();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SubArray s && base.equals(s.base) && Arrays.equals(shape, s.shape);
    }

    @Override
    public int hashCode() {
      return base.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
      return "SubArray[" + base + ", " + Arrays.toString(shape) + "]";
    }
  }
}
