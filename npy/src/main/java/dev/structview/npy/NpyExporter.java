package dev.structview.npy;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;

/**
 * Exports the data of a {@code .npy} image as NumPy exports an array ({@code array_getbuffer}): the
 * header's format, shape and strides over the data, in place. The exporter of every view
 * {@link Npy} makes, and so its {@code obj()}. When it owns the memory (a mapping), it closes it
 * when the last export is released, as {@code MemoryView.map} does.
 */
final class NpyExporter implements BufferExporter {
  private final Memory memory;
  private final HeaderReader.Parsed parsed;
  private final String source;
  private final long dataStart;
  private final boolean owner;
  private int exports;

  /**
   * @param dataStart where the data begins in {@code memory}
   * @param owner whether the last release closes {@code memory}
   */
  NpyExporter(Memory memory, HeaderReader.Parsed parsed, String source, long dataStart, boolean owner) {
    this.memory = memory;
    this.parsed = parsed;
    this.source = source;
    this.dataStart = dataStart;
    this.owner = owner;
  }

  /** Returns the header the views show. */
  NpyHeader header() {
    return parsed.header();
  }

  /** Returns the dtype the header's descr describes. */
  Dtype dtype() {
    return parsed.dtype();
  }

  /**
   * Serves a request as NumPy does for a contiguous array, with its refusals: a contiguity the data
   * does not have, strides left out of a Fortran-ordered array, a writable request of read-only
   * data. Parts not asked for are left out.
   *
   * @throws BufferException if the request cannot be met, or the mapping was closed
   */
  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    BufferFlags.requireRequest(flags);
    if (memory.isClosed()) {
      throw new BufferException("the mapping of " + source + " was closed");
    }
    NpyHeader h = parsed.header();
    boolean alsoC = Shapes.isAlsoC(h.shape());
    boolean c = !h.fortranOrder() || alsoC;
    boolean f = h.fortranOrder() || alsoC;
    if (BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !c
        || !BufferFlags.has(flags, BufferFlags.STRIDES) && !c) {
      throw new BufferException("ndarray is not C-contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !f) {
      throw new BufferException("ndarray is not Fortran contiguous");
    }
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && memory.isReadOnly()) {
      throw new BufferException("buffer source array is read-only");
    }
    boolean nd = BufferFlags.has(flags, BufferFlags.ND);
    BufferInfo info = new BufferInfo(null, dataStart, h.dataBytes(), memory.isReadOnly(), h.itemsize(),
        BufferFlags.has(flags, BufferFlags.FORMAT) ? h.format() : null, nd ? h.shape().length : 1,
        nd ? h.shape() : null, BufferFlags.has(flags, BufferFlags.STRIDES) ? h.strides() : null, null, this,
        memory);
    exports++;
    return info;
  }

  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    if (exports > 0 && --exports == 0 && owner) {
      memory.close();
    }
  }

  @Override
  public String toString() {
    return "npy " + source + " " + parsed.header().descr() + " " + java.util.Arrays.toString(parsed.header().shape());
  }
}
