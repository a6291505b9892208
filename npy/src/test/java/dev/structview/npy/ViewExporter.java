package dev.structview.npy;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/** Exports bytes with any format, shape and strides, for views no cast can make. */
record ViewExporter(byte[] data, long offset, String format, long itemsize, long[] shape, long[] strides)
    implements BufferExporter {
  @Override
  public BufferInfo getBuffer(int flags) {
    long n = itemsize;
    for (long d : shape) {
      n *= d;
    }
    return new BufferInfo(ByteBuffer.wrap(data), offset, n, false, itemsize, format, shape.length, shape, strides,
        null, this);
  }
}
