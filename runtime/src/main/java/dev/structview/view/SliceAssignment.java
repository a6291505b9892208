package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Exporters;
import dev.structview.buffer.Memory;

/**
 * {@code m[start:stop:step] = source} on a 1-D view: CPython's slice assignment, with its order of
 * checks, its structure rule and an overlap-safe copy.
 */
final class SliceAssignment {
  /** The largest item copied through one reused array; larger ones are copied by {@link Memory#copy}. */
  private static final int CHUNK = 64 * 1024;

  private SliceAssignment() {}

  static void assign(ViewLayout dest, Slice slice, Object source) {
    BufferExporter exporter = exporterOf(source);
    BufferInfo info = exporter.getBuffer(BufferFlags.FULL_RO);
    try {
      if (slice == null) {
        throw new IllegalArgumentException("memoryview: invalid slice key");
      }
      ViewLayout target = dest.slice(0, slice);
      ViewLayout from = ViewLayout.of(info);
      if (!sameStructure(target, from)) {
        throw new IllegalArgumentException("memoryview assignment: lvalue and rvalue have different structures");
      }
      copy(from, target);
    } finally {
      exporter.releaseBuffer(info);
    }
  }

  private static BufferExporter exporterOf(Object source) {
    if (source instanceof BufferExporter) {
      return (BufferExporter) source;
    }
    if (source instanceof byte[]) {
      return Exporters.readOnly((byte[]) source);
    }
    throw new IllegalArgumentException("a bytes-like object is required, not "
        + (source == null ? "null" : "'" + source.getClass().getSimpleName() + "'"));
  }

  /** CPython's {@code equiv_structure}: same format (ignoring one leading '@'), itemsize and shape. */
  private static boolean sameStructure(ViewLayout dest, ViewLayout src) {
    return bare(dest.format).equals(bare(src.format)) && dest.itemsize == src.itemsize
        && ViewEquality.equivalentShape(dest, src);
  }

  private static String bare(String format) {
    return format.startsWith("@") ? format.substring(1) : format;
  }

  /**
   * Copies the source's items onto the target's; each gets the bytes its source item held before
   * the assignment, wherever the two overlap. CPython copies through a temporary array when their
   * address ranges meet; here only strided copies over ranges that may meet do, so the common
   * {@code m[a:b] = m[c:d]}, and any copy between memories known apart, is of any size through a
   * bounded buffer.
   */
  private static void copy(ViewLayout from, ViewLayout to) {
    long n = to.shape[0];
    long size = to.itemsize;
    if (n == 0 || size == 0) {
      return;
    }
    if (from.strides[0] == size && to.strides[0] == size) {
      Memory.copy(from.memory, from.offset, to.memory, to.offset, n * size); // memmove's rule
    } else if (!from.memory.mayOverlap(lowest(from), span(from), to.memory, lowest(to), span(to))) {
      itemByItem(from, to);
    } else {
      throughArray(from, to);
    }
  }

  /** Returns the first byte a 1-D layout's items reach. */
  private static long lowest(ViewLayout l) {
    return l.offset + Math.min(0, (l.shape[0] - 1) * l.strides[0]);
  }

  /** Returns how many bytes from {@link #lowest} a 1-D layout's items reach. */
  private static long span(ViewLayout l) {
    return Math.abs((l.shape[0] - 1) * l.strides[0]) + l.itemsize;
  }

  private static void itemByItem(ViewLayout from, ViewLayout to) {
    long size = to.itemsize;
    byte[] item = size <= CHUNK ? new byte[(int) size] : null;
    long source = from.offset;
    long target = to.offset;
    for (long i = 0; i < to.shape[0]; i++, source += from.strides[0], target += to.strides[0]) {
      if (item != null) {
        from.memory.copyTo(source, item, 0, item.length);
        to.memory.copyFrom(item, 0, target, item.length);
      } else {
        Memory.copy(from.memory, source, to.memory, target, size);
      }
    }
  }

  /** Reads every source item, then writes them: strided items whose memory may be the same. */
  private static void throughArray(ViewLayout from, ViewLayout to) {
    byte[] bytes = ViewBytes.toBytes(from, 'C');
    int size = (int) to.itemsize;
    int[] at = {0};
    to.forEachPosition(false, p -> {
      to.memory.copyFrom(bytes, at[0], p, size);
      at[0] += size;
    });
  }
}
