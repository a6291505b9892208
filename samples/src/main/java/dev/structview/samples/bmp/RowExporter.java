package dev.structview.samples.bmp;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/**
 * Exports the pixel rows of a BMP file as a 2-D buffer of records, rows x width, whose row stride
 * is the file's (padded to 4 bytes) rather than {@code width * itemsize}: a shape that neither a
 * generated {@code array(...)} nor {@code cast} can express, since both make C-contiguous views.
 * Rows are exported in file order; {@link Bitmap} flips bottom-up files with a negative step.
 */
final class RowExporter implements BufferExporter {
  private final ByteBuffer file;
  private final long offset;
  private final long[] shape;
  private final long[] strides;
  private final int itemsize;
  private final String format;

  /** Rows of {@code width} items of {@code format} at {@code offset}, {@code rowStride} bytes apart. */
  RowExporter(ByteBuffer file, long offset, long rows, long width, long rowStride, int itemsize, String format) {
    this.file = file;
    this.offset = offset;
    this.shape = new long[] {rows, width};
    this.strides = new long[] {rowStride, itemsize};
    this.itemsize = itemsize;
    this.format = format;
  }

  @Override
  public BufferInfo getBuffer(int flags) {
    if (BufferFlags.has(flags, BufferFlags.WRITABLE)) {
      throw new BufferException("BMP pixel rows are exported read-only");
    }
    if (!BufferFlags.has(flags, BufferFlags.STRIDES)) {
      throw new BufferException("BMP pixel rows are padded to 4 bytes: a consumer must accept strides");
    }
    String described = BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null;
    return new BufferInfo(file, offset, shape[0] * shape[1] * itemsize, true, itemsize, described, 2, shape,
        strides, null, this);
  }
}
