package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator's PEP 688 exporter: a {@code bytearray}'s bytes, exported writable as
 * {@code PyBuffer_FillInfo} does, counting every get and release and remembering each request.
 */
final class PyLoggingExporter implements BufferExporter {
  private final byte[] data;
  private final List<Integer> flags = new ArrayList<>();
  private int gets;
  private int releases;

  PyLoggingExporter(byte[] data) {
    this.data = data;
  }

  @Override
  public synchronized BufferInfo getBuffer(int request) {
    BufferInfo info = BufferInfo.fillInfo(this, ByteBuffer.wrap(data), 0, data.length, false, request);
    gets++;
    flags.add(request);
    return info;
  }

  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    releases++;
  }

  synchronized int gets() {
    return gets;
  }

  synchronized int releases() {
    return releases;
  }

  synchronized List<Integer> flags() {
    return List.copyOf(flags);
  }

  byte[] contents() {
    return data.clone();
  }
}
