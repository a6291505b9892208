package dev.structview.memory;

import java.nio.ByteBuffer;

/**
 * Makes the {@link ByteStore} of memory outside the Java heap: the JDK 22 body of the multi-release
 * runtime jar, a {@link SegmentStore} over the buffer's {@code MemorySegment}. For a mapping, that is
 * a slice of the one segment of its shared arena, so a view still held after its array was closed
 * reads nothing: the access throws {@link IllegalStateException}.
 */
final class DirectStores {
  private DirectStores() {}

  static ByteStore of(ByteBuffer buffer, boolean readOnly) {
    return new SegmentStore(buffer, readOnly || buffer.isReadOnly());
  }
}
