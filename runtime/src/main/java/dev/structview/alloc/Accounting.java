package dev.structview.alloc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One allocator's counters, live blocks, limit and open/closed state, behind one lock.
 *
 * <p>Memory is made outside the lock: a request first reserves its bytes (so the limit check is
 * exact however many threads race), then makes its memory, then registers the block or cancels the
 * reservation. The lock is never held while taking a block's lock, which keeps the lock order
 * block-then-accounting everywhere.
 *
 * <p>Reserved bytes are counted apart from live ones, and move to them only when the block is
 * registered: so that a snapshot taken while another thread allocates holds
 * {@code allocations == frees + reclaimed + liveBlocks}, and a refused request (the JVM out of
 * memory) leaves the peaks as they were.
 */
final class Accounting {
  private final String name;
  private final long limit;
  private final Map<Long, Block> live = new HashMap<>();

  private long nextId = 1;
  private long liveBytes;
  private long liveBlocks;
  /** Bytes reserved by requests whose memory is being made: counted against the limit, not live. */
  private long reservedBytes;
  private long peakBytes;
  private long peakBlocks;
  private long allocations;
  private long reallocations;
  private long frees;
  private long reclaimed;
  private boolean closed;

  Accounting(String name, long limit) {
    this.name = name;
    this.limit = limit;
  }

  /**
   * Reserves the bytes and a block count for a new block and returns its sequence number.
   *
   * @throws IllegalStateException if the allocator is closed
   * @throws AllocationLimitException if the bytes would exceed the limit
   */
  synchronized long reserve(int size) {
    requireOpen();
    checkLimit("allocating " + Sizes.count(size, "byte"), size);
    reservedBytes += size;
    return nextId++;
  }

  /** Gives back a reservation whose memory could not be made. */
  synchronized void cancel(int size) {
    reservedBytes -= size;
  }

  /**
   * Makes a reserved block live.
   *
   * @throws IllegalStateException if the allocator closed since the reservation, which is cancelled
   */
  synchronized void register(Block block) {
    reservedBytes -= block.size();
    if (closed) {
      throw closedException();
    }
    live.put(block.id(), block);
    liveBytes += block.size();
    liveBlocks++;
    allocations++;
    peaks();
  }

  private void peaks() {
    peakBlocks = Math.max(peakBlocks, liveBlocks);
    peakBytes = Math.max(peakBytes, liveBytes);
  }

  /**
   * Reserves the growth (or notes the shrink) of a live block and returns the moved block's number.
   *
   * @throws IllegalStateException if the allocator is closed
   * @throws AllocationLimitException if growing would exceed the limit
   */
  synchronized long reserveResize(Block block, int newSize) {
    requireOpen();
    long growth = Math.max(0, newSize - block.size());
    if (growth > 0) {
      checkLimit("growing block #" + block.id() + " from " + block.size() + " to "
          + Sizes.count(newSize, "byte"), growth);
    }
    reservedBytes += growth;
    return nextId++;
  }

  /**
   * Replaces {@code old} by {@code moved} in the live set.
   *
   * @throws IllegalStateException if the allocator closed since the reservation, which is cancelled
   */
  synchronized void commitMove(Block old, Block moved) {
    reservedBytes -= Math.max(0, moved.size() - old.size());
    if (closed || live.remove(old.id()) == null) {
      throw closedException();
    }
    live.put(moved.id(), moved);
    liveBytes += moved.size() - old.size();
    reallocations++;
    peaks();
  }

  /** Gives back a resize reservation whose memory could not be made. */
  synchronized void cancelResize(Block old, int newSize) {
    reservedBytes -= Math.max(0, newSize - old.size());
  }

  /** Ends a freed block's accounting, unless close already reclaimed it. */
  synchronized void release(Block block) {
    if (live.remove(block.id()) != null) {
      liveBytes -= block.size();
      liveBlocks--;
      frees++;
    }
  }

  /**
   * Closes the books: returns the blocks still live, in allocation order, and takes them out of the
   * accounting.
   *
   * @throws IllegalStateException if already closed
   */
  synchronized List<Block> close() {
    if (closed) {
      throw new IllegalStateException("allocator " + name + " is already closed");
    }
    closed = true;
    List<Block> leaked = sortedLive();
    for (Block block : leaked) {
      liveBytes -= block.size();
    }
    liveBlocks -= leaked.size();
    reclaimed += leaked.size();
    live.clear();
    return leaked;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** Returns the live blocks in allocation order. */
  synchronized List<Block> sortedLive() {
    List<Block> blocks = new ArrayList<>(live.values());
    blocks.sort(Comparator.comparingLong(Block::id));
    return blocks;
  }

  synchronized AllocatorStats stats() {
    return new AllocatorStats(liveBytes, liveBlocks, peakBytes, peakBlocks, allocations,
        reallocations, frees, reclaimed, limit);
  }

  private void checkLimit(String request, long added) {
    if (limit >= 0 && liveBytes + reservedBytes + added > limit) {
      throw new AllocationLimitException(request, added, limit, liveBytes, liveBlocks);
    }
  }

  /**
   * Checks that the allocator is open.
   *
   * @throws IllegalStateException if it is closed
   */
  synchronized void requireOpen() {
    if (closed) {
      throw closedException();
    }
  }

  private IllegalStateException closedException() {
    return new IllegalStateException("allocator is closed: " + name);
  }
}
