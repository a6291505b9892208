package dev.structview.alloc;

/** Argument checks and size arithmetic shared by the allocator's operations. */
final class Sizes {
  private Sizes() {}

  /**
   * Checks a requested block size.
   *
   * @throws IllegalArgumentException if {@code size} is negative or above
   *     {@link BufferAllocator#MAX_BLOCK_SIZE}
   */
  static int checkSize(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size=" + size + " must not be negative");
    }
    if (size > BufferAllocator.MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException("size=" + size + " exceeds the maximum block size of "
          + BufferAllocator.MAX_BLOCK_SIZE + " bytes");
    }
    return (int) size;
  }

  /**
   * Checks a requested alignment against the family's maximum.
   *
   * @throws IllegalArgumentException if {@code alignment} is not a power of two or is larger than
   *     the family supports
   */
  static void checkAlignment(AllocatorFamily family, int alignment) {
    if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
      throw new IllegalArgumentException("alignment=" + alignment + " must be a power of two");
    }
    if (alignment <= family.maxAlignment()) {
      return;
    }
    if (family == AllocatorFamily.HEAP) {
      throw new IllegalArgumentException("alignment=" + alignment + " is not supported by HEAP blocks,"
          + " which this JVM keeps only " + family.maxAlignment() + "-aligned; use AllocatorFamily.DIRECT");
    }
    throw new IllegalArgumentException("alignment=" + alignment + " exceeds the " + family
        + " maximum of " + family.maxAlignment());
  }

  /**
   * Returns the raw bytes needed so that {@code alignedSlice} leaves at least {@code size} aligned
   * bytes: it rounds the start up and the end down, so both roundings must be paid for.
   */
  static long paddedCapacity(long size, int alignment) {
    if (alignment == 1) {
      return size;
    }
    long roundedUp = (size + alignment - 1) & -(long) alignment;
    return roundedUp + alignment - 1;
  }

  /**
   * Checks that a block of {@code size} bytes with its alignment padding fits in a buffer.
   *
   * @throws IllegalArgumentException if the padded size exceeds {@link BufferAllocator#MAX_BLOCK_SIZE}
   */
  static void checkPadded(long size, int alignment) {
    long padded = paddedCapacity(size, alignment);
    if (padded > BufferAllocator.MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException("size=" + size + " with alignment=" + alignment + " needs "
          + padded + " bytes, more than the maximum block size of " + BufferAllocator.MAX_BLOCK_SIZE);
    }
  }

  /** Returns {@code "1 block"} or {@code "3 blocks"}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
