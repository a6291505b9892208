package dev.structview.memory;

import java.nio.ByteBuffer;

/**
 * Makes the {@link ByteStore} of memory outside the Java heap: direct and mapped buffers, and the
 * windows of mappings, on every JDK a {@link BufferStore}.
 *
 * <p>On JDK 22 and later the windows of a mapping are buffers over slices of its one
 * {@code MemorySegment}, and each access of such a buffer checks that the segment's arena is
 * open: a view kept after its mapping was released throws {@link IllegalStateException}. A store
 * that called {@code MemorySegment.get} instead scanned {@code <IhB} records 2.1x slower on
 * JDK 25 (W1, 2^20 direct records: 1.18 against 0.58 ns/record, 2026-12-06), so the
 * multi-release jar swaps the mapping ({@code buffer.Mappings}), not this.
 */
final class DirectStores {
  private DirectStores() {}

  static ByteStore of(ByteBuffer buffer, boolean readOnly) {
    return new BufferStore(buffer, readOnly || buffer.isReadOnly());
  }
}
