package dev.structview.npy;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.LiveExports;
import dev.structview.buffer.Memory;

/**
 * Exports the data of a {@code .npy} image as NumPy exports an array ({@code array_getbuffer}): the
 * header's format, shape and strides over the data, in place. The exporter of every view
 * {@link Npy} makes, and so its {@code obj()}. Its {@link Keeper} keeps the memory alive while
 * there are exports: a mapping of its own is closed when the last export is released, as
 * {@code MemoryView.map} does; a member of an {@link Npz} holds the archive's mapping.
 */
final class NpyExporter implements BufferExporter {
  private final Memory memory;
  private final HeaderReader.Parsed parsed;
  private final String source;
  private final long dataStart;
  private final Keeper keeper;
  private final LiveExports exports = new LiveExports();

  /**
   * What keeps an exporter's memory alive: told when its exports begin (none to one) and when they
   * end (the last one released), so that memory is released only when no view can read it.
   */
  interface Keeper {
    /** Memory the garbage collector owns, or a caller: nothing to hold or release. */
    Keeper NONE = new Keeper() {
      @Override
      public void hold() {}

      @Override
      public void letGo() {}
    };

    /**
     * The first export is made.
     *
     * @throws BufferException if the memory is no longer there to export
     */
    void hold();

    /** The last export was released. */
    void letGo();

    /** A mapping of the exporter's own, closed when its exports end. */
    static Keeper closing(Memory mapping) {
      return new Keeper() {
        @Override
        public void hold() {}

        @Override
        public void letGo() {
          mapping.close();
        }
      };
    }
  }

  /** @param dataStart where the data begins in {@code memory} */
  NpyExporter(Memory memory, HeaderReader.Parsed parsed, String source, long dataStart, Keeper keeper) {
    this.memory = memory;
    this.parsed = parsed;
    this.source = source;
    this.dataStart = dataStart;
    this.keeper = keeper;
  }

  /** Returns the header the views show. */
  NpyHeader header() {
    return parsed.header();
  }

  /** Returns the memory the data is in. */
  Memory memory() {
    return memory;
  }

  /** Returns where the data begins in {@link #memory()}. */
  long dataStart() {
    return dataStart;
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
    if (exports.count() == 0) {
      keeper.hold();
    }
    exports.add(info);
    return info;
  }

  /**
   * Ends an export; the last lets the memory go.
   *
   * @throws IllegalStateException if {@code info} is not a live export of this array (a second
   *     release of one would let the memory go under another consumer's export)
   * @throws IllegalArgumentException if {@code info} is null
   */
  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    exports.remove(info, "this array");
    if (exports.count() == 0) {
      keeper.letGo();
    }
  }

  @Override
  public String toString() {
    return "npy " + source + " " + parsed.header().descr() + " " + java.util.Arrays.toString(parsed.header().shape());
  }
}
