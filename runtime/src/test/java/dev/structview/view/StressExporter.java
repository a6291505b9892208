package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An exporter that counts what the stress test asserts: requests, releases and the exports live
 * between them, and fails (with an {@link AssertionError}, which no test code catches) the moment
 * a release is made twice or without a live export.
 */
final class StressExporter implements BufferExporter {
  final AtomicInteger gets = new AtomicInteger();
  final AtomicInteger releases = new AtomicInteger();
  final AtomicInteger liveExports = new AtomicInteger();
  private final ByteBuffer memory;

  StressExporter(int size) {
    this.memory = ByteBuffer.allocate(size);
  }

  @Override
  public BufferInfo getBuffer(int flags) {
    gets.incrementAndGet();
    liveExports.incrementAndGet();
    return BufferInfo.fillInfo(this, memory, 0, memory.capacity(), false, flags);
  }

  @Override
  public void releaseBuffer(BufferInfo info) {
    int released = releases.incrementAndGet();
    int left = liveExports.decrementAndGet();
    if (released > 1 || left < 0) {
      throw new AssertionError("releaseBuffer ran " + released + " times; live exports now " + left);
    }
  }

  @Override
  public String toString() {
    return "StressExporter[gets=" + gets + ", releases=" + releases + "]";
  }
}
