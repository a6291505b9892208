package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.internal.Strides;
import java.util.Arrays;

/**
 * The geometry of one view: where its elements are and what they hold. Immutable; every operation
 * returns a new layout over the same memory.
 *
 * <p>This is CPython's per-view {@code Py_buffer} after {@code init_shape_strides}: the format, shape
 * and strides are always present, and the contiguity flags follow {@code init_flags} (a 1-D view is
 * contiguous iff it has one element or its stride is its itemsize; other views follow
 * {@code PyBuffer_IsContiguous}). Every element a layout can address lies inside its memory: the
 * master layout is checked by {@link BufferInfo}, and slicing and casting only narrow it.
 */
final class ViewLayout {
  final Memory memory;
  final long offset;
  final long nbytes;
  final long itemsize;
  final String format;
  final int ndim;
  final long[] shape;
  final long[] strides;
  final boolean readonly;
  final boolean cContiguous;
  final boolean fContiguous;

  private ItemCodec codec;

  ViewLayout(Memory memory, long offset, long itemsize, String format, long[] shape, long[] strides,
      boolean readonly) {
    this.memory = memory;
    this.itemsize = itemsize;
    this.format = format;
    this.ndim = shape.length;
    this.shape = shape;
    this.strides = strides;
    this.readonly = readonly;
    this.nbytes = Strides.product(shape) * itemsize;
    // An empty view addresses nothing; keep its offset inside the memory so it stays describable.
    this.offset = nbytes == 0 ? Math.max(0, Math.min(offset, memory.byteSize())) : offset;
    this.cContiguous = contiguous(false);
    this.fContiguous = contiguous(true);
  }

  /**
   * The layout of an exporter's descriptor, with absent parts filled in as CPython does.
   *
   * @throws BufferException if the descriptor uses suboffsets, which Java memory cannot follow
   */
  static ViewLayout of(BufferInfo info) {
    if (info.suboffsets() != null) {
      throw new BufferException("memoryview: suboffsets (PIL-style indirect buffers) are not supported:"
          + " Java memory holds no pointers");
    }
    // The region is fixed when the descriptor is made, at the size it was validated against: the
    // exporter may move its buffer's limit later, but what was validated stays what is read.
    Memory memory = info.region();
    ViewLayout layout = new ViewLayout(memory, info.offset(), info.itemsize(), info.formatOrBytes(),
        info.effectiveShape(), info.effectiveStrides(), info.readonly());
    layout.checkInside(memory.byteSize());
    return layout;
  }

  /**
   * Checks that every element lies in {@code [0, limit)}: the descriptor was checked when it was
   * made, but its buffer's limit may have moved since.
   *
   * @throws BufferException if an element reaches past the limit
   */
  private void checkInside(long limit) {
    if (hasZeroExtent()) {
      return;
    }
    long low = offset;
    long high = offset + itemsize; // cannot overflow: the descriptor's own check computed these sums
    for (int d = 0; d < ndim; d++) {
      long reach = strides[d] * (shape[d] - 1);
      if (reach < 0) {
        low += reach;
      } else {
        high += reach;
      }
    }
    if (low < 0 || high > limit) {
      throw new BufferException("exporter changed its memory after describing it: elements reach bytes ["
          + low + ", " + high + ") but the memory's limit is now " + limit);
    }
  }

  /** Returns the codec for this layout's format, made once. */
  ItemCodec codec() {
    ItemCodec c = codec;
    if (c == null) {
      c = ItemCodec.forFormat(format, itemsize);
      codec = c;
    }
    return c;
  }

  ViewLayout readOnly() {
    return new ViewLayout(memory, offset, itemsize, format, shape, strides, true);
  }

  /** Slices dimension {@code dim}, zero-copy: CPython's {@code init_slice}. */
  ViewLayout slice(int dim, Slice slice) {
    Slice.Resolved r = slice.resolve(shape[dim]);
    long[] newShape = shape.clone();
    long[] newStrides = strides.clone();
    newShape[dim] = r.length();
    newStrides[dim] = strides[dim] * r.step(); // cannot overflow unless at most one element remains
    long newOffset = offset + strides[dim] * r.start();
    return new ViewLayout(memory, newOffset, itemsize, format, newShape, newStrides, readonly);
  }

  /** The same items, shape and strides, read with another format of the same values (already checked). */
  ViewLayout reformat(String newFormat) {
    return new ViewLayout(memory, offset, itemsize, newFormat, shape, strides, readonly);
  }

  /** The same bytes as a C-contiguous view of another format and shape (already validated). */
  ViewLayout recast(String newFormat, long newItemsize, long[] newShape) {
    long[] newStrides = Strides.cStrides(newShape, newItemsize);
    return new ViewLayout(memory, offset, newItemsize, newFormat, newShape, newStrides, readonly);
  }

  /** Returns whether any dimension has extent 0. */
  boolean hasZeroExtent() {
    for (long extent : shape) {
      if (extent == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how many elements a walk visits that steps through each dimension whose entry in
   * {@code steps} is non-zero and visits each other dimension once (a stride of 0 repeats what it
   * finds); {@link Long#MAX_VALUE} if more.
   */
  long walkLength(long[] steps) {
    long n = 1;
    for (int d = 0; d < ndim; d++) {
      if (steps[d] != 0) {
        n = shape[d] != 0 && n > Long.MAX_VALUE / shape[d] ? Long.MAX_VALUE : n * shape[d];
      }
    }
    return n;
  }

  /**
   * Returns how many bytes lie between the first and the last byte the elements cover: 0 for an
   * empty view, {@link Long#MAX_VALUE} if more.
   */
  long span() {
    if (hasZeroExtent()) {
      return 0;
    }
    long span = itemsize;
    for (int d = 0; d < ndim; d++) {
      if (shape[d] == 1 || strides[d] == 0) {
        continue; // any stride, even Long.MIN_VALUE, reaches nothing here
      }
      long reach = strides[d] == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(strides[d]);
      long extra = shape[d] - 1 > (Long.MAX_VALUE - span) / reach ? Long.MAX_VALUE : reach * (shape[d] - 1);
      span = extra > Long.MAX_VALUE - span ? Long.MAX_VALUE : span + extra;
    }
    return span;
  }

  /**
   * Returns the byte position of the element at a full index, one index per dimension, each
   * negative one counting from the end of its dimension.
   *
   * @throws IndexOutOfBoundsException "index out of bounds on dimension K" (K counted from 1)
   */
  long positionOf(long[] index) {
    long p = offset;
    for (int d = 0; d < ndim; d++) {
      p += checkedIndex(d, index[d]) * strides[d];
    }
    return p;
  }

  /**
   * Returns an index on dimension {@code d} in {@code [0, extent)}, a negative one counting from the
   * end, as CPython's memoryview indexes.
   *
   * @throws IndexOutOfBoundsException "index out of bounds on dimension K" (K counted from 1)
   */
  long checkedIndex(int d, long index) {
    long i = index < 0 ? index + shape[d] : index;
    if (i < 0 || i >= shape[d]) {
      throw new IndexOutOfBoundsException("index out of bounds on dimension " + (d + 1));
    }
    return i;
  }

  /** Receives the byte position of each element. */
  interface PositionVisitor {
    void visit(long position);
  }

  /** Visits every element's byte position in C (row-major) or Fortran (column-major) order. */
  void forEachPosition(boolean fortran, PositionVisitor visitor) {
    if (hasZeroExtent()) {
      return;
    }
    IndexCursor cursor = new IndexCursor(shape, fortran);
    long[] carries = cursor.carries(strides);
    long position = offset;
    while (true) {
      visitor.visit(position);
      int d = cursor.next();
      if (d < 0) {
        return;
      }
      position += carries[d];
    }
  }

  /** Returns the descriptor of this layout as a buffer export, before any request narrows it. */
  BufferInfo toInfo(Object owner) {
    return new BufferInfo(null, offset, nbytes, readonly, itemsize, format, ndim, shape, strides, null, owner,
        memory);
  }

  /** Returns whether the bytes are C- or Fortran-contiguous by {@code PyBuffer_IsContiguous}. */
  boolean bufferContiguous(boolean fortran) {
    return nbytes == 0 || Strides.isContiguous(shape, strides, itemsize, fortran);
  }

  /** CPython's {@code init_flags}: the special 1-D rule, else {@code PyBuffer_IsContiguous}. */
  private boolean contiguous(boolean fortran) {
    if (ndim == 0) {
      return true;
    }
    if (ndim == 1) {
      return shape[0] == 1 || strides[0] == itemsize;
    }
    return bufferContiguous(fortran);
  }

  @Override
  public String toString() {
    return "format=" + format + ", itemsize=" + itemsize + ", shape=" + Arrays.toString(shape)
        + ", strides=" + Arrays.toString(strides) + ", offset=" + offset + ", readonly=" + readonly;
  }
}
