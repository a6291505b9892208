package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.LiveExports;
import dev.structview.buffer.Memory;
import dev.structview.internal.MappableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Exports a mapping, and closes it when the last export is released: the exporter of
 * {@code MemoryView.map} and the {@code map} of record arrays. Its first export is the managed
 * buffer's, which every view and slice shares; the mapping goes when the last of them is released
 * and no other consumer holds an export ({@code memoryview(mmap)}, with the {@code mmap} closed
 * with it). Requests are met as CPython's {@code memory_getbuf} meets them for contiguous memory:
 * the parts not asked for are left out.
 */
final class MappedExporter implements BufferExporter {
  private final Memory memory;
  private final String format;
  private final long itemsize;
  private final long count;
  private final LiveExports exports = new LiveExports();

  private MappedExporter(Memory memory, String format, long itemsize, long count) {
    this.memory = memory;
    this.format = format;
    this.itemsize = itemsize;
    this.count = count;
  }

  /** Bytes: format {@code "B"}, one dimension. */
  static MappedExporter bytes(Memory memory) {
    return new MappedExporter(memory, "B", 1, memory.byteSize());
  }

  /** {@code count} records of {@code itemsize} bytes in {@code format}, one dimension. */
  static MappedExporter records(Memory memory, String format, long itemsize, long count) {
    return new MappedExporter(memory, format, itemsize, count);
  }

  /**
   * Opens a file to map, as {@code mode} needs it: for writing too unless {@code READ_ONLY}.
   *
   * @throws UncheckedIOException if it cannot be opened
   */
  static FileChannel open(Path file, FileChannel.MapMode mode) {
    MappableFiles.requireRegularFile(file);
    try {
      // FileChannel.map needs a writable channel for READ_WRITE and for copy-on-write (PRIVATE) alike.
      return mode == FileChannel.MapMode.READ_ONLY
          ? FileChannel.open(file, StandardOpenOption.READ)
          : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + file + ": " + MappableFiles.reason(e), e);
    }
  }

  /** Returns the size of an open file. */
  static long size(FileChannel channel, Object file) {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file + ": " + e, e);
    }
  }

  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    BufferFlags.requireRequest(flags);
    if (memory.isClosed()) {
      throw new BufferException("the mapping was closed");
    }
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && memory.isReadOnly()) {
      throw new BufferException("Object is not writable.");
    }
    // One C-contiguous dimension: every contiguity request is met; absent parts mean the same.
    BufferInfo info = new BufferInfo(null, 0, count * itemsize, memory.isReadOnly(), itemsize,
        BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null, 1,
        BufferFlags.has(flags, BufferFlags.ND) ? new long[] {count} : null,
        BufferFlags.has(flags, BufferFlags.STRIDES) ? new long[] {itemsize} : null, null, this, memory);
    exports.add(info);
    return info;
  }

  /**
   * Ends an export, and closes the mapping when it was the last.
   *
   * @throws IllegalStateException if {@code info} is not a live export of this mapping (a second
   *     release of one would otherwise unmap it under another consumer's export)
   * @throws IllegalArgumentException if {@code info} is null
   */
  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    exports.remove(info, "this mapping");
    if (exports.count() == 0) {
      memory.close();
    }
  }

  @Override
  public String toString() {
    return "mapping of " + memory.byteSize() + " bytes" + (memory.isReadOnly() ? ", read-only" : "");
  }
}
