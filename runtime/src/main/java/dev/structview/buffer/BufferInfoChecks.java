package dev.structview.buffer;

import dev.structview.internal.Strides;

/** The consistency and bounds checks of {@link BufferInfo}, and the contiguity rules. */
final class BufferInfoChecks {
  private BufferInfoChecks() {}

  static void check(Memory memory, long offset, long len, boolean readonly, long itemsize, int ndim,
      long[] shape, long[] strides, long[] suboffsets) {
    if (ndim < 0 || ndim > BufferFlags.MAX_NDIM) {
      throw new IllegalArgumentException("number of dimensions must not exceed " + BufferFlags.MAX_NDIM
          + ": ndim=" + ndim);
    }
    if (itemsize < 1) {
      throw new IllegalArgumentException("itemsize must be at least 1: itemsize=" + itemsize);
    }
    if (offset < 0 || len < 0) {
      throw new IllegalArgumentException("offset and len must not be negative: offset=" + offset
          + " len=" + len);
    }
    if (memory.isReadOnly() && !readonly) {
      throw new IllegalArgumentException("read-only memory must be described as readonly");
    }
    checkShape(len, itemsize, ndim, shape);
    checkArray("strides", strides, ndim, shape);
    checkArray("suboffsets", suboffsets, ndim, strides);
    if (suboffsets == null) {
      checkBounds(memory.byteSize(), offset, len, itemsize, shape, strides);
    } else if (offset > memory.byteSize()) {
      throw new IllegalArgumentException("offset=" + offset + " is past limit=" + memory.byteSize());
    }
  }

  private static void checkShape(long len, long itemsize, int ndim, long[] shape) {
    if (shape == null) {
      if (ndim > 1) {
        throw new IllegalArgumentException("a shape is required for ndim=" + ndim);
      }
      long expected = ndim == 0 ? itemsize : len - len % itemsize;
      if (len != expected) {
        throw new IllegalArgumentException("len=" + len + " does not fit itemsize=" + itemsize
            + (ndim == 0 ? " for a 0-dimensional buffer" : ""));
      }
      return;
    }
    if (shape.length != ndim) {
      throw new IllegalArgumentException("shape has " + shape.length + " dimensions, ndim=" + ndim);
    }
    boolean empty = false;
    for (long extent : shape) {
      if (extent < 0) {
        throw new IllegalArgumentException("shape must not be negative: " + java.util.Arrays.toString(shape));
      }
      empty |= extent == 0;
    }
    long product = empty ? 0 : itemsize; // a zero extent makes the product 0, whatever the others
    for (int d = 0; d < shape.length && !empty; d++) {
      product = multiply(product, shape[d], "product(shape) * itemsize");
    }
    if (product != len) {
      throw new IllegalArgumentException("len=" + len + " but product(shape) * itemsize=" + product);
    }
  }

  private static void checkArray(String name, long[] array, int ndim, long[] prerequisite) {
    if (array == null) {
      return;
    }
    if (prerequisite == null) {
      throw new IllegalArgumentException(name + " need " + (name.equals("strides") ? "a shape" : "strides"));
    }
    if (array.length != ndim) {
      throw new IllegalArgumentException(name + " has " + array.length + " dimensions, ndim=" + ndim);
    }
  }

  /** Every byte the elements cover must lie in [0, limit). */
  private static void checkBounds(long limit, long offset, long len, long itemsize, long[] shape,
      long[] strides) {
    if (len == 0) {
      if (offset > limit) {
        throw new IllegalArgumentException("offset=" + offset + " is past limit=" + limit);
      }
      return;
    }
    long low = offset;
    long high = add(offset, strides == null ? len : itemsize);
    if (strides != null) {
      for (int d = 0; d < shape.length; d++) {
        long span = multiply(strides[d], shape[d] - 1, "stride * (extent - 1)");
        if (span < 0) {
          low = add(low, span);
        } else {
          high = add(high, span);
        }
      }
    }
    if (low < 0 || high > limit) {
      throw new IllegalArgumentException("elements reach bytes [" + low + ", " + high
          + ") outside the memory [0, " + limit + ")");
    }
  }

  private static long multiply(long a, long b, String what) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " overflows: " + a + " * " + b);
    }
  }

  private static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("element offsets overflow: " + a + " + " + b);
    }
  }

  /** CPython's {@code _IsCContiguous} and {@code _IsFortranContiguous}. */
  static boolean isContiguous(BufferInfo info, boolean fortran) {
    if (info.suboffsets() != null) {
      return false;
    }
    if (info.len() == 0) {
      return true;
    }
    long[] strides = info.stridesOrNull();
    long[] shape = info.effectiveShape();
    if (strides == null) {
      return !fortran || info.ndim() <= 1 || atMostOneExtentAboveOne(shape);
    }
    return Strides.isContiguous(shape, strides, info.itemsize(), fortran);
  }

  private static boolean atMostOneExtentAboveOne(long[] shape) {
    int count = 0;
    for (long extent : shape) {
      if (extent > 1) {
        count++;
      }
    }
    return count <= 1;
  }
}
