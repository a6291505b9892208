package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Exporters;

/**
 * {@code m[start:stop:step] = source} on a 1-D view: CPython's slice assignment, with its order of
 * checks, its structure rule and an overlap-safe copy.
 */
final class SliceAssignment {
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

  /** Copies through a temporary array, so source and destination may overlap. */
  private static void copy(ViewLayout from, ViewLayout to) {
    byte[] bytes = ViewBytes.toBytes(from, 'C');
    int size = (int) to.itemsize;
    int[] at = {0};
    to.forEachPosition(false, p -> {
      to.memory.copyFrom(bytes, at[0], p, size);
      at[0] += size;
    });
  }
}
