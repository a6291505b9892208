package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;

/**
 * What a consumer's request gets from a view: CPython's {@code memory_getbuf}, with its checks in
 * its order and its messages.
 */
final class Exports {
  private Exports() {}

  static BufferInfo serve(ViewLayout view, int flags, Object owner) {
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && view.readonly) {
      throw new BufferException("memoryview: underlying buffer is not writable");
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? view.format : null;
    if (BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !view.cContiguous) {
      throw new BufferException("memoryview: underlying buffer is not C-contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !view.fContiguous) {
      throw new BufferException("memoryview: underlying buffer is not Fortran contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.ANY_CONTIGUOUS) && !(view.cContiguous || view.fContiguous)) {
      throw new BufferException("memoryview: underlying buffer is not contiguous");
    }
    long[] strides = view.strides;
    if (!BufferFlags.has(flags, BufferFlags.STRIDES)) {
      if (!view.cContiguous) {
        throw new BufferException("memoryview: underlying buffer is not C-contiguous");
      }
      strides = null;
    }
    int ndim = view.ndim;
    long[] shape = view.shape;
    if (!BufferFlags.has(flags, BufferFlags.ND)) {
      if (format != null) {
        throw new BufferException("memoryview: cannot cast to unsigned bytes if the format flag is present");
      }
      ndim = 1;
      shape = null;
    }
    // The view's region, fixed in size; its buffer form is a fresh one, whose limit a consumer may move.
    return new BufferInfo(null, view.offset, view.nbytes, view.readonly, view.itemsize, format,
        ndim, shape, strides, null, owner, view.memory);
  }
}
