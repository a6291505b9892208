package dev.structview.fuzz;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/**
 * An N-dimensional exporter written after CPython's {@code _testbuffer.ndarray}: any shape and
 * strides (negative, Fortran, with gaps, zero), a read-only flag independent of the memory's own,
 * and {@code ndarray_getbuf}'s answers to each request. It counts its gets and releases.
 */
final class NdExporter implements BufferExporter {
  final ByteBuffer memory;
  final long offset;
  final String format;
  final long itemsize;
  final long[] shape;
  final long[] strides;
  final boolean readonly;
  int gets;
  int releases;

  NdExporter(ByteBuffer memory, long offset, String format, long itemsize, long[] shape, long[] strides,
      boolean readonly) {
    this.memory = memory;
    this.offset = offset;
    this.format = format;
    this.itemsize = itemsize;
    this.shape = shape;
    this.strides = strides;
    this.readonly = readonly;
  }

  long len() {
    long n = itemsize;
    for (long extent : shape) {
      n *= extent;
    }
    return n;
  }

  /** CPython's {@code PyBuffer_IsContiguous} of the full descriptor. */
  boolean contiguous(boolean fortran) {
    return ViewModel.isContiguous(shape, strides, itemsize, len(), fortran);
  }

  @Override
  public BufferInfo getBuffer(int flags) {
    boolean c = contiguous(false);
    boolean f = contiguous(true);
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && readonly) {
      throw new BufferException("ndarray is not writable");
    }
    String fmt = BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null;
    if (BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !c
        || BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !f
        || BufferFlags.has(flags, BufferFlags.ANY_CONTIGUOUS) && !c && !f) {
      throw new BufferException("ndarray is not contiguous as requested");
    }
    long[] st = strides;
    if (!BufferFlags.has(flags, BufferFlags.STRIDES)) {
      if (!c) {
        throw new BufferException("ndarray is not C-contiguous");
      }
      st = null;
    }
    int ndim = shape.length;
    long[] sh = shape;
    if (!BufferFlags.has(flags, BufferFlags.ND)) {
      if (fmt != null) {
        throw new BufferException("ndarray: cannot cast to unsigned bytes if the format flag is present");
      }
      ndim = 1;
      sh = null;
      st = null;
    }
    gets++;
    return new BufferInfo(memory, offset, len(), readonly, itemsize, fmt, ndim, sh, st, null, this);
  }

  @Override
  public void releaseBuffer(BufferInfo info) {
    releases++;
  }
}
