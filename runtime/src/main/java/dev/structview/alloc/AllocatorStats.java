package dev.structview.alloc;

/**
 * A consistent snapshot of one allocator's accounting.
 *
 * <p>Sizes are the requested sizes, as CPython's {@code tracemalloc} counts them: alignment padding
 * is not included. At every snapshot {@code allocations == frees + reclaimed + liveBlocks}, since a
 * reallocation moves a block without making or ending one.
 *
 * @param liveBytes bytes in blocks not yet freed
 * @param liveBlocks blocks not yet freed
 * @param peakBytes the most live bytes there have ever been
 * @param peakBlocks the most live blocks there have ever been
 * @param allocations blocks made by {@code allocate} (and {@code reallocate(null, n)})
 * @param reallocations successful {@code reallocate} calls on an existing block
 * @param frees blocks ended by {@code free}
 * @param reclaimed blocks still live when the allocator closed, taken out of the accounting then
 * @param limit the byte limit, or {@code -1} if there is none
 */
public record AllocatorStats(
    long liveBytes,
    long liveBlocks,
    long peakBytes,
    long peakBlocks,
    long allocations,
    long reallocations,
    long frees,
    long reclaimed,
    long limit) {

  /** Returns whether the allocator has a byte limit. */
  public boolean hasLimit() {
    return limit >= 0;
  }
}
