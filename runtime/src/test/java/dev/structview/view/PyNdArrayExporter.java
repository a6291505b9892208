package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/**
 * CPython's {@code _testbuffer.ndarray} as an exporter, rebuilt from what the generator recorded
 * (its whole memory, offset, shape, strides, suboffsets, format and flags). {@link #getBuffer}
 * makes {@code ndarray_getbuf}'s checks in its order, with its messages.
 *
 * <p>Read-only arrays still lend a writable {@link ByteBuffer} (flagged read-only in the
 * descriptor), so that a view which forgets its read-only check shows up as a changed byte rather
 * than as a {@link java.nio.ReadOnlyBufferException} that happens to be the expected one.
 */
final class PyNdArrayExporter implements BufferExporter {
  static final int ND_WRITABLE = 0x002;
  static final int ND_FORTRAN = 0x004;
  static final int ND_SCALAR = 0x008;
  static final int ND_PIL = 0x010;
  static final int ND_C = 0x100;

  private final String format;
  private final long itemsize;
  private final int ndFlags;
  private final long offset;
  private final long[] shape;
  private final long[] strides;
  private final long[] suboffsets;
  private final byte[] memory;
  private final byte[] original;
  private int exports;

  PyNdArrayExporter(String format, long itemsize, int ndFlags, long offset, long[] shape, long[] strides,
      long[] suboffsets, byte[] memory) {
    this.format = format;
    this.itemsize = itemsize;
    this.ndFlags = ndFlags;
    this.offset = offset;
    this.shape = shape;
    this.strides = shape.length == 0 ? null : strides;
    this.suboffsets = suboffsets.length == 0 ? null : suboffsets;
    this.memory = memory;
    this.original = memory.clone();
  }

  private boolean readonly() {
    return (ndFlags & ND_WRITABLE) == 0;
  }

  private boolean cContiguous() {
    return (ndFlags & (ND_SCALAR | ND_C)) != 0;
  }

  private boolean fContiguous() {
    return (ndFlags & (ND_SCALAR | ND_FORTRAN)) != 0;
  }

  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && readonly()) {
      throw new BufferException("ndarray is not writable");
    }
    String fmt = BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null;
    if (BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !cContiguous()) {
      throw new BufferException("ndarray is not C-contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !fContiguous()) {
      throw new BufferException("ndarray is not Fortran contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.ANY_CONTIGUOUS) && !cContiguous() && !fContiguous()) {
      throw new BufferException("ndarray is not contiguous");
    }
    if (!BufferFlags.has(flags, BufferFlags.INDIRECT) && (ndFlags & ND_PIL) != 0) {
      throw new BufferException("ndarray cannot be represented without suboffsets");
    }
    long[] outStrides = strides;
    if (!BufferFlags.has(flags, BufferFlags.STRIDES)) {
      if (!cContiguous()) {
        throw new BufferException("ndarray is not C-contiguous");
      }
      outStrides = null;
    }
    int ndim = shape.length;
    long[] outShape = ndim == 0 ? null : shape;
    if (!BufferFlags.has(flags, BufferFlags.ND)) {
      if (fmt != null) {
        throw new BufferException("ndarray: cannot cast to unsigned bytes if the format flag is present");
      }
      ndim = 1;
      outShape = null;
    }
    BufferInfo info = new BufferInfo(ByteBuffer.wrap(memory), offset, length(), readonly(), itemsize, fmt,
        ndim, outShape, outStrides, suboffsets, this);
    exports++;
    return info;
  }

  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    if (exports == 0) {
      throw new AssertionError("ndarray released more often than exported");
    }
    exports--;
  }

  private long length() {
    long n = itemsize;
    for (long extent : shape) {
      n *= extent;
    }
    return n;
  }

  /** Returns the elements' bytes in C order, read straight from the memory (no suboffsets). */
  byte[] contents() {
    byte[] out = new byte[(int) length()];
    int[] at = {0};
    walk(0, offset, (position) -> {
      System.arraycopy(memory, (int) position, out, at[0], (int) itemsize);
      at[0] += (int) itemsize;
    });
    return out;
  }

  /** Returns whether every byte no element covers still holds what the generator recorded. */
  boolean untouchedOutsideElements() {
    boolean[] covered = new boolean[memory.length];
    walk(0, offset, (position) -> {
      for (int k = 0; k < itemsize; k++) {
        covered[(int) position + k] = true;
      }
    });
    for (int i = 0; i < memory.length; i++) {
      if (!covered[i] && memory[i] != original[i]) {
        return false;
      }
    }
    return true;
  }

  private interface ElementAction {
    void at(long position);
  }

  private void walk(int dim, long position, ElementAction action) {
    if (dim == shape.length) {
      action.at(position);
      return;
    }
    for (long i = 0; i < shape[dim]; i++) {
      walk(dim + 1, position + i * strides[dim], action);
    }
  }

  boolean hasSuboffsets() {
    return suboffsets != null;
  }

  @Override
  public String toString() {
    return "ndarray(format=" + format + ", shape=" + java.util.Arrays.toString(shape) + ", strides="
        + java.util.Arrays.toString(strides) + ", offset=" + offset + ", flags=0x" + Integer.toHexString(ndFlags) + ")";
  }
}
