package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ReadOnlyBufferException;

/**
 * The model's side of the operations whose rules are longest: {@code cast}, a consumer's export
 * ({@code memory_getbuf}) and slice assignment, each as CPython's documentation orders its checks
 * (shared/CPYTHON.md 4.3, 2.5 and 4.5). Each returns the result, or the class of the exception.
 */
final class ViewRules {
  private ViewRules() {}

  /** {@code memoryview.cast}: a new C-contiguous view, or IllegalArgumentException. */
  static Object cast(ViewModel.View m, String format, long[] shape) {
    if (!m.contiguous(false)) {
      return IllegalArgumentException.class;
    }
    boolean zeros = false;
    for (long extent : m.shape) {
      zeros |= extent == 0;
    }
    if ((shape != null || m.ndim() != 1) && zeros) {
      return IllegalArgumentException.class;
    }
    if (shape != null && (shape.length > 64 || m.ndim() != 1 && shape.length != 1)) {
      return IllegalArgumentException.class;
    }
    char code = new ViewModel.View(format, 1, new long[0], new long[0], 0, false).code();
    if (code == 0 || !isBytes(m.format) && !isBytes(format)) {
      return IllegalArgumentException.class;
    }
    long size = ViewModel.size(code);
    if (m.nbytes() % size != 0) {
      return IllegalArgumentException.class;
    }
    long[] newShape = shape == null ? new long[] {m.nbytes() / size} : shape.clone();
    if (shape != null) {
      java.math.BigInteger product = java.math.BigInteger.valueOf(size);
      for (long extent : shape) {
        if (extent <= 0) {
          return IllegalArgumentException.class;
        }
        product = product.multiply(java.math.BigInteger.valueOf(extent));
        if (product.bitLength() > 63) {
          return IllegalArgumentException.class;   // product(shape) > SSIZE_MAX
        }
      }
      if (product.longValue() != m.nbytes()) {
        return IllegalArgumentException.class;
      }
    }
    long[] strides = new long[newShape.length];
    long step = size;
    for (int d = newShape.length - 1; d >= 0; d--) {
      strides[d] = step;
      step *= newShape[d];
    }
    return new ViewModel.View(format, size, newShape, strides, m.offset, m.readonly);
  }

  private static boolean isBytes(String format) {
    String bare = format.startsWith("@") ? format.substring(1) : format;
    return bare.equals("b") || bare.equals("B") || bare.equals("c");
  }

  /** What a consumer's export of a view describes. */
  record Export(String format, int ndim, long[] shape, long[] strides, long offset, long len, long itemsize,
      boolean readonly) {}

  /** {@code memory_getbuf}: the export, or BufferException. */
  static Object serve(ViewModel.View m, int flags) {
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && m.readonly) {
      return BufferException.class;
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? m.format : null;
    boolean c = m.contiguous(false);
    boolean f = m.contiguous(true);
    if (BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !c || BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !f
        || BufferFlags.has(flags, BufferFlags.ANY_CONTIGUOUS) && !c && !f) {
      return BufferException.class;
    }
    long[] strides = m.strides;
    if (!BufferFlags.has(flags, BufferFlags.STRIDES)) {
      if (!c) {
        return BufferException.class;
      }
      strides = null;
    }
    int ndim = m.ndim();
    long[] shape = m.shape;
    if (!BufferFlags.has(flags, BufferFlags.ND)) {
      if (format != null) {
        return BufferException.class;
      }
      ndim = 1;
      shape = null;
    }
    return new Export(format, ndim, shape, strides, m.offset, m.nbytes(), m.itemsize, m.readonly);
  }

  static void check(Export want, BufferInfo got, boolean empty, String where) {
    assertEquals(want.format(), got.format(), "export's format" + where);
    assertEquals(want.ndim(), got.ndim(), "export's ndim" + where);
    assertArrayEquals(want.shape(), got.shape(), "export's shape" + where);
    if (!empty && want.shape() != null && new ViewModel.View("B", 1, want.shape(), want.shape(), 0, false).count() > 1) {
      assertArrayEquals(want.strides(), got.strides(), "export's strides" + where);
    }
    if (!empty) {
      assertEquals(want.offset(), got.offset(), "export's offset" + where);
    }
    assertEquals(want.len(), got.len(), "export's len" + where);
    assertEquals(want.itemsize(), got.itemsize(), "export's itemsize" + where);
    assertEquals(want.readonly(), got.readonly(), "export's readonly" + where);
  }

  /** Slice assignment: null when it copies, else the exception class. */
  static Object assign(ViewModel.View m, dev.structview.view.Slice s, ViewModel.View src, boolean fromBytes) {
    if (m.readonly) {
      return ReadOnlyBufferException.class;
    }
    if (m.ndim() == 0) {
      return IllegalArgumentException.class;
    }
    if (m.ndim() != 1) {
      return UnsupportedOperationException.class;
    }
    if (!fromBytes && src.released) {
      return IllegalStateException.class;
    }
    long[] r = ViewModel.resolve(s.start(), s.stop(), s.step(), m.shape[0]);
    if (r == null) {
      return IllegalArgumentException.class;
    }
    String a = m.format.startsWith("@") ? m.format.substring(1) : m.format;
    String b = src.format.startsWith("@") ? src.format.substring(1) : src.format;
    boolean sameShape = src.ndim() == 1 && src.shape[0] == r[2];
    if (!a.equals(b) || m.itemsize != src.itemsize || !sameShape) {
      return IllegalArgumentException.class;
    }
    return null;
  }
}
