package dev.structview.samples.wav;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/**
 * Exports {@code data} bytes as C-contiguous little-endian samples of a shape ({@code "<h"} items
 * of frames x channels): for what {@code cast} cannot make, since it casts only to native formats
 * (wrong on a big-endian machine) and refuses shapes with a 0 (a WAV file without frames).
 */
final class LittleEndianSamples implements BufferExporter {
  private final ByteBuffer memory;
  private final SampleCoding coding;
  private final long[] shape;

  LittleEndianSamples(ByteBuffer data, SampleCoding coding, long[] shape) {
    this.memory = data.slice();
    this.coding = coding;
    this.shape = shape.clone();
  }

  @Override
  public BufferInfo getBuffer(int flags) {
    if (BufferFlags.has(flags, BufferFlags.WRITABLE)) {
      throw new BufferException("WAV samples are exported read-only");
    }
    long items = 1;
    for (long extent : shape) {
      items *= extent; // the caller sized the shape from the data, so this cannot overflow
    }
    long len = items * coding.itemsize();
    if (!BufferFlags.has(flags, BufferFlags.ND)) {
      return BufferInfo.fillInfo(this, memory, 0, len, true, flags & ~BufferFlags.FORMAT);
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? "<" + coding.code() : null;
    return new BufferInfo(memory, 0, len, true, coding.itemsize(), format, shape.length, shape, null, null,
        this);
  }
}
