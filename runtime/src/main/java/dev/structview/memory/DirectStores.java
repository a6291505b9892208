package dev.structview.memory;

import java.nio.ByteBuffer;

/**
 * Makes the {@link ByteStore} of memory outside the Java heap: direct and mapped buffers, and the
 * windows of mappings. This is the JDK 17 body ({@link BufferStore}); the runtime jar's
 * {@code META-INF/versions/22} may hold another, so generated code never names the type it gets.
 */
final class DirectStores {
  private DirectStores() {}

  static ByteStore of(ByteBuffer buffer, boolean readOnly) {
    return new BufferStore(buffer, readOnly || buffer.isReadOnly());
  }
}
