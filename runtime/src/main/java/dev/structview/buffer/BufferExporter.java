package dev.structview.buffer;

import dev.structview.internal.Require;

/**
 * An object that lends its memory through the buffer protocol: CPython's {@code bf_getbuffer} and
 * {@code bf_releasebuffer}.
 *
 * <p>Every successful {@link #getBuffer} is matched by exactly one {@link #releaseBuffer} with the
 * descriptor it returned. Consumers rarely call these directly: {@code MemoryView.of(exporter)}
 * makes one request and releases it when its last view is released. The runtime's exporters that
 * count their exports refuse a second release of one descriptor with
 * {@link IllegalStateException}, where CPython's {@code PyBuffer_Release} ignores it; an exporter
 * of your own that counts can keep a {@link LiveExports} to do the same.
 *
 * <p>Threads: views of one export may be shared, and the release runs on whichever thread lets go
 * of the last one, so an exporter whose views cross threads must accept {@link #releaseBuffer} on a
 * thread other than the one that called {@link #getBuffer} ({@code ByteArray} and allocator blocks
 * synchronize for this).
 */
public interface BufferExporter {
  /**
   * Exports this object's memory.
   *
   * @param flags a {@link BufferFlags} request, such as {@link BufferFlags#FULL_RO}
   * @return a descriptor that satisfies the request
   * @throws BufferException if the request cannot be met (for example {@link BufferFlags#WRITABLE}
   *     on read-only memory)
   * @throws IllegalArgumentException if {@code flags} is {@link BufferFlags#READ} or
   *     {@link BufferFlags#WRITE}, which are not requests
   */
  BufferInfo getBuffer(int flags);

  /**
   * Ends an export made by {@link #getBuffer}. The default does nothing, as for immutable memory,
   * but refuse null as every exporter of the runtime does.
   *
   * @param info the descriptor {@link #getBuffer} returned
   * @throws IllegalArgumentException if {@code info} is null
   */
  default void releaseBuffer(BufferInfo info) {
    Require.nonNull(info, "info");
  }
}
