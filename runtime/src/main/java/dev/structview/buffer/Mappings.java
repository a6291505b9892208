package dev.structview.buffer;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Maps files into {@link Memory}. This is the JDK 17 body: overlapping {@code MappedByteBuffer}
 * windows ({@link ChunkedMemory}). The runtime jar's {@code META-INF/versions/22} holds another
 * body, which maps one {@code MemorySegment}; the two behave alike, which the suite checks on both.
 */
final class Mappings {
  /**
   * Returns which body is running, for tests and reports: {@code "MappedByteBuffer"} here. A method,
   * not a constant: javac would copy a constant's value into its callers, which would then report
   * this body even where the JDK loaded the other one.
   */
  static String backend() {
    return "MappedByteBuffer";
  }

  private Mappings() {}

  static Memory map(FileChannel channel, FileChannel.MapMode mode, long offset, long size) throws IOException {
    return ChunkedMemory.mapWindows(channel, mode, offset, size);
  }
}
