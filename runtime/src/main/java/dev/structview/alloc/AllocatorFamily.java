package dev.structview.alloc;

import java.nio.ByteBuffer;

/**
 * Where a block's memory lives: CPython's allocator domains. A block may only be released to the
 * family, and the allocator, that made it.
 */
public enum AllocatorFamily {
  /**
   * Memory on the Java heap: {@code ByteBuffer.wrap(new byte[n])}. Alignment up to 8 where the
   * JVM guarantees where array elements start (HotSpot on Java 17); 1 where it does not (later
   * JVMs, whose heap buffers refuse {@link ByteBuffer#alignmentOffset} for units above 1).
   */
  HEAP(heapAlignment()),
  /** Off-heap memory: {@link ByteBuffer#allocateDirect}. Alignment up to 1 MiB. */
  DIRECT(1 << 20);

  private final int maxAlignment;

  AllocatorFamily(int maxAlignment) {
    this.maxAlignment = maxAlignment;
  }

  /**
   * Returns the largest alignment this family's blocks can have. Heap arrays can be moved by the
   * garbage collector, which keeps them at most 8-aligned, so {@link #HEAP} stops at 8, or at 1
   * on a JVM that makes no promise about heap alignment.
   */
  public int maxAlignment() {
    return maxAlignment;
  }

  /** The largest power of two up to 8 that this JVM keeps heap byte arrays aligned to. */
  private static int heapAlignment() {
    ByteBuffer probe = ByteBuffer.wrap(new byte[16]);
    int alignment = 1;
    try {
      while (alignment < 8) {
        probe.alignmentOffset(0, alignment * 2);
        alignment *= 2;
      }
    } catch (UnsupportedOperationException e) {
      // this JVM does not guarantee that alignment for heap buffers; keep the last one it does
    }
    return alignment;
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
