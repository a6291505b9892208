package dev.structview.alloc;

import java.nio.ByteBuffer;

/**
 * Where a block's memory lives: CPython's allocator domains. A block may only be released to the
 * family, and the allocator, that made it.
 */
public enum AllocatorFamily {
  /** Memory on the Java heap: {@code ByteBuffer.wrap(new byte[n])}. Alignment up to 8. */
  HEAP(8),
  /** Off-heap memory: {@link ByteBuffer#allocateDirect}. Alignment up to 1 MiB. */
  DIRECT(1 << 20);

  private final int maxAlignment;

  AllocatorFamily(int maxAlignment) {
    this.maxAlignment = maxAlignment;
  }

  /**
   * Returns the largest alignment this family's blocks can have. Heap arrays can be moved by the
   * garbage collector, which only keeps them 8-aligned, so {@link #HEAP} stops at 8.
   */
  public int maxAlignment() {
    return maxAlignment;
  }

  /** Makes zeroed raw memory of exactly {@code capacity} bytes. */
  ByteBuffer newRaw(int capacity) {
    return this == HEAP ? ByteBuffer.wrap(new byte[capacity]) : ByteBuffer.allocateDirect(capacity);
  }

  /**
   * Makes zeroed memory of {@code size} bytes starting at a multiple of {@code alignment}; the
   * caller has checked the alignment and {@link Sizes#paddedCapacity}.
   */
  ByteBuffer newMemory(int size, int alignment) {
    if (alignment == 1) {
      return newRaw(size);
    }
    int padded = (int) Sizes.paddedCapacity(size, alignment);
    ByteBuffer memory = newRaw(padded).alignedSlice(alignment).slice(0, size);
    if (memory.alignmentOffset(0, alignment) != 0) {
      throw new AssertionError("alignedSlice gave a misaligned block: alignment=" + alignment);
    }
    return memory;
  }
}
