package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.ByteArray;
import dev.structview.buffer.Exporters;
import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * An exporter line of a vector file made into Java objects: the exporter, what a slice assignment
 * receives when it is the source, how {@code memoryview(x)} is spelt in Java, and how to read its
 * contents in logical C order.
 *
 * @param kind the generator's kind: bytes, bytearray, heap, robuf, array, ndarray or logging
 * @param exporter the exporter, or null for heap and robuf, which Java views wrap directly
 * @param sliceSource the object {@code setSlice} receives for it
 * @param plainView makes {@code memoryview(x)}
 * @param contents reads the bytes a write may have changed
 */
record ViewSource(String kind, BufferExporter exporter, Object sliceSource, Supplier<MemoryView> plainView,
    Supplier<byte[]> contents) {
  private static final int LEAD = 3;
  private static final int TRAIL = 2;

  /** Builds the exporter an {@code exporter NAME KIND PARAMS...} line describes. */
  static ViewSource of(ViewVectors.Step step) {
    String kind = step.arg(2);
    switch (kind) {
      case "bytes": {
        byte[] data = ViewVectors.bytes(step.arg(3));
        BufferExporter e = Exporters.readOnly(data);
        return new ViewSource(kind, e, data, () -> MemoryView.of(e), data::clone);
      }
      case "bytearray": {
        ByteArray e = new ByteArray(ViewVectors.bytes(step.arg(3)));
        return new ViewSource(kind, e, e, () -> MemoryView.of(e), e::toByteArray);
      }
      case "heap": {
        byte[] data = ViewVectors.bytes(step.arg(3));
        return new ViewSource(kind, null, data, () -> MemoryView.of(data), data::clone);
      }
      case "robuf":
        return readOnlyBuffer(ViewVectors.bytes(step.arg(3)));
      case "array": {
        PyArrayExporter e = new PyArrayExporter(ViewVectors.text(step.arg(4)), Long.parseLong(step.arg(5)),
            ViewVectors.bytes(step.arg(6)));
        return new ViewSource(kind, e, e, () -> MemoryView.of(e), e::contents);
      }
      case "ndarray": {
        PyNdArrayExporter e = new PyNdArrayExporter(ViewVectors.text(step.arg(3)), Long.parseLong(step.arg(4)),
            Integer.parseInt(step.arg(5)), Long.parseLong(step.arg(6)), ViewVectors.longs(step.arg(7)),
            ViewVectors.longs(step.arg(8)), ViewVectors.longs(step.arg(9)), ViewVectors.bytes(step.arg(10)));
        return new ViewSource(kind, e, e, () -> MemoryView.of(e), e::contents);
      }
      case "logging": {
        PyLoggingExporter e = new PyLoggingExporter(ViewVectors.bytes(step.arg(3)));
        return new ViewSource(kind, e, e, () -> MemoryView.of(e), e::contents);
      }
      default:
        throw new IllegalStateException("unknown exporter kind in " + step);
    }
  }

  /** A read-only heap buffer whose position and limit frame the data inside larger memory. */
  private static ViewSource readOnlyBuffer(byte[] data) {
    ByteBuffer whole = ByteBuffer.allocate(LEAD + data.length + TRAIL);
    whole.put(LEAD, data).position(LEAD).limit(LEAD + data.length);
    ByteBuffer buffer = whole.asReadOnlyBuffer();
    return new ViewSource("robuf", null, buffer, () -> MemoryView.of(buffer), () -> {
      byte[] out = new byte[data.length];
      buffer.get(LEAD, out);
      return out;
    });
  }

  /** The ndarray behind this source, or null. */
  PyNdArrayExporter ndarray() {
    return exporter instanceof PyNdArrayExporter ? (PyNdArrayExporter) exporter : null;
  }
}
