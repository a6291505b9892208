package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Exporters;
import java.util.concurrent.atomic.AtomicInteger;

/** An exporter that counts its gets and releases, and fails a test that releases twice. */
final class CountingExporter implements BufferExporter {
  final AtomicInteger gets = new AtomicInteger();
  final AtomicInteger releases = new AtomicInteger();
  private final BufferExporter delegate;
  private volatile BufferInfo issued;

  CountingExporter(byte[] data) {
    this.delegate = Exporters.writable(data);
  }

  @Override
  public BufferInfo getBuffer(int flags) {
    BufferInfo info = delegate.getBuffer(flags);
    gets.incrementAndGet();
    issued = info;
    return info;
  }

  @Override
  public void releaseBuffer(BufferInfo info) {
    if (info != issued) {
      throw new AssertionError("released a descriptor this exporter did not issue");
    }
    releases.incrementAndGet();
  }
}
