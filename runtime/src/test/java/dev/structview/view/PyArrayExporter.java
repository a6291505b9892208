package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;

/**
 * CPython's {@code array.array} as an exporter ({@code array_buffer_getbuf}): always writable, never
 * refuses a request, format the typecode's ({@code 'w'} for a {@code 'w'} or {@code 'u'} array) only
 * when {@link BufferFlags#FORMAT} is asked for, shape and strides only when asked for, and an export
 * count.
 */
final class PyArrayExporter implements BufferExporter {
  private final String format;
  private final long itemsize;
  private final byte[] memory;
  private int exports;

  PyArrayExporter(String format, long itemsize, byte[] memory) {
    this.format = format;
    this.itemsize = itemsize;
    this.memory = memory;
  }

  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    long items = memory.length / itemsize;
    BufferInfo info = new BufferInfo(ByteBuffer.wrap(memory), 0, memory.length, false, itemsize,
        BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null, 1,
        BufferFlags.has(flags, BufferFlags.ND) ? new long[] {items} : null,
        BufferFlags.has(flags, BufferFlags.STRIDES) ? new long[] {itemsize} : null, null, this);
    exports++;
    return info;
  }

  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    if (exports == 0) {
      throw new AssertionError("array released more often than exported");
    }
    exports--;
  }

  /** Returns the array's bytes. */
  byte[] contents() {
    return memory.clone();
  }

  @Override
  public String toString() {
    return "array('" + format + "', " + memory.length / itemsize + " items)";
  }
}
