package dev.structview.npy;

import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a view as a {@code .npy} image: the header, then the items, streamed from the view's
 * memory in chunks (contiguous data as it lies, other views item by item in C order), so that a
 * view of any size is written without a copy of it.
 */
final class NpyWriter {
  private static final int CHUNK = 1 << 16;

  private NpyWriter() {}

  static void write(OutputStream out, MemoryView view) throws IOException {
    Dtype dtype = dtypeOf(view);
    long[] shape = view.shape();
    boolean fortran = shape.length > 1 && !view.isCContiguous() && view.isFContiguous();
    byte[] header = HeaderWriter.header(dtype, fortran, shape);
    BufferInfo info = view.getBuffer(BufferFlags.FULL_RO);
    try {
      out.write(header);
      byte[] chunk = new byte[CHUNK];
      if (view.isCContiguous() || fortran) {
        copy(info.region(), info.offset(), info.len(), out, chunk);
      } else {
        walk(info, 0, info.offset(), shape, info.effectiveStrides(), out, chunk);
      }
    } finally {
      view.releaseBuffer(info);
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
