package dev.structview.npy;

import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes a view as a {@code .npy} image: the header, then the items, streamed from the view's
 * memory in chunks (contiguous data as it lies, other views item by item in C order), so that a
 * view of any size is written without a copy of it.
 */
final class NpyWriter {
  private static final int CHUNK = 1 << 16;

  private NpyWriter() {}

  static void write(OutputStream out, MemoryView view) throws IOException {
    long[] shape = view.shape();
    boolean fortran = shape.length > 1 && !view.isCContiguous() && view.isFContiguous();
    Array array = Array.of(dtypeOf(view), shape, fortran);
    byte[] header = HeaderWriter.header(array.dtype(), array.fortran(), array.shape());
    BufferInfo info = view.getBuffer(BufferFlags.FULL_RO);
    try {
      out.write(header);
      byte[] chunk = new byte[CHUNK];
      if (view.isCContiguous() || array.fortran()) {
        copy(info.region(), info.offset(), info.len(), out, chunk);
      } else {
        walk(info, 0, info.offset(), shape, info.effectiveStrides(), out, chunk);
      }
    } finally {
      view.releaseBuffer(info);
    }
  }

  /** The array NumPy makes of a view's items: its dtype, shape and order, as the header states them. */
  private record Array(Dtype dtype, long[] shape, boolean fortran) {
    /**
     * Returns the array of items of {@code dtype}. Items that are a sub-array ({@code "<3i"})
     * give NumPy an array of their element type with the sub-array's dimensions last
     * ({@code numpy.asarray} of such a view of shape (2,) is {@code '<i4'} of shape (2, 3)). Each
     * item's elements lie in C order, so the bytes are the same; the array is Fortran-ordered only
     * if the view is and every added dimension is 1, since NumPy's contiguity flags skip
     * dimensions of length 1.
     *
     * @throws IllegalArgumentException if that makes more than {@value Npy#MAX_NDIM} dimensions
     */
    static Array of(Dtype dtype, long[] shape, boolean fortran) {
      if (!(dtype instanceof Dtype.SubArray sub)) {
        return new Array(dtype, shape, fortran);
      }
      long[] dims = sub.elementShape();
      long[] all = Arrays.copyOf(shape, shape.length + dims.length);
      System.arraycopy(dims, 0, all, shape.length, dims.length);
      if (all.length > Npy.MAX_NDIM) {
        throw new IllegalArgumentException("the view's " + shape.length + " dimensions and its items' "
            + dims.length + " make an array of " + all.length + "; NumPy allows " + Npy.MAX_NDIM);
      }
      boolean ones = Arrays.stream(dims).allMatch(d -> d == 1);
      return new Array(sub.element(), all, fortran && ones);
    }
  }

  /** The file's own dtype for a view {@link Npy} made (and not cast), else the format's. */
  private static Dtype dtypeOf(MemoryView view) {
    if (view.obj() instanceof NpyExporter npy && npy.header().format().equals(view.format())
        && npy.header().itemsize() == view.itemsize()) {
      return npy.dtype();
    }
    return FormatDtypes.of(view.format(), view.itemsize());
  }

  /** Writes the items of dimension {@code dim} onwards from {@code at}, in C order. */
  private static void walk(BufferInfo info, int dim, long at, long[] shape, long[] strides, OutputStream out,
      byte[] chunk) throws IOException {
    if (dim == shape.length) {
      copy(info.region(), at, info.itemsize(), out, chunk);
      return;
    }
    for (long i = 0; i < shape[dim]; i++) {
      walk(info, dim + 1, at + i * strides[dim], shape, strides, out, chunk);
    }
  }

  private static void copy(Memory memory, long from, long length, OutputStream out, byte[] chunk)
      throws IOException {
    for (long done = 0; done < length; ) {
      int n = (int) Math.min(chunk.length, length - done);
      memory.copyTo(from + done, chunk, 0, n);
      out.write(chunk, 0, n);
      done += n;
    }
  }
}
