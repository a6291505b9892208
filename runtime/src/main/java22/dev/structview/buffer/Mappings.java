package dev.structview.buffer;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/**
 * Maps files into {@link Memory}: the JDK 22 body of the multi-release runtime jar. A mapping is one
 * {@link MemorySegment} of its own shared {@link Arena}, of any size; closing the memory closes the
 * arena, which unmaps it safely (accesses from any thread afterwards throw
 * {@link IllegalStateException}; none can read unmapped memory).
 */
final class Mappings {
  /** Returns which body is running, for tests and reports: {@code "MemorySegment"} here. */
  static String backend() {
    return "MemorySegment";
  }

  private Mappings() {}

  static Memory map(FileChannel channel, FileChannel.MapMode mode, long offset, long size) throws IOException {
    Arena arena = Arena.ofShared();
    try {
      MemorySegment segment = channel.map(mode, offset, size, arena);
      return new SegmentMemory(segment, arena, mode == FileChannel.MapMode.READ_ONLY);
    } catch (IOException | RuntimeException e) {
      arena.close();
      throw e;
    }
  }
}
