package dev.structview.alloc;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.LiveExports;
import dev.structview.leak.Tracker;
import java.nio.ByteBuffer;

/**
 * A block of memory from a {@link BufferAllocator}: what {@code PyMem_Malloc} returns, with its
 * size, alignment, family and sequence number attached.
 *
 * <p>A block is live until it is freed, moved by {@link BufferAllocator#reallocate} (which returns
 * a new {@code Block}, as {@code realloc} may return a new pointer), or reclaimed when its
 * allocator closes. After that every use throws {@link IllegalStateException}. Buffers handed out
 * earlier by {@link #buffer()} cannot be revoked, but they stay memory-safe: blocks never share or
 * reuse memory, so a stale buffer can only reach its own orphaned bytes.
 *
 * <p>A block is also a writable {@link BufferExporter}. While any export is live the block cannot
 * be freed or reallocated ({@link BufferException}, like {@code bytearray}'s export lock), so a
 * {@code MemoryView} over a block never outlives it.
 *
 * <p>Until it stops being live, a block is in the leak registry ({@code dev.structview.leak.Leaks})
 * unless the leak level is off. Thread-safe: its state and export count are guarded by the block
 * itself, so any thread may free, export or release it.
 */
public final class Block implements BufferExporter {
  private enum State { LIVE, FREED, MOVED, RECLAIMED }

  private final BufferAllocator allocator;
  private final long id;
  private final int size;
  private final int alignment;
  private final ByteBuffer memory;
  private final AllocationSite site;

  private State state = State.LIVE;
  private long movedTo;
  /** Made at the first export: most blocks are never exported, and an allocation is measured in bytes. */
  private LiveExports exports;
  /** The block's place in the leak registry, released when the block stops being live. */
  private Tracker.Handle tracking = Tracker.Handle.UNTRACKED;

  Block(BufferAllocator allocator, long id, int size, int alignment, ByteBuffer memory,
      AllocationSite site) {
    this.allocator = allocator;
    this.id = id;
    this.size = size;
    this.alignment = alignment;
    this.memory = memory;
    this.site = site;
  }

  /**
   * Returns a new view of the block's bytes: position 0, limit and capacity {@link #size()}, big
   * endian. Moving its position or changing its order affects no other view.
   *
   * @throws IllegalStateException if the block was freed, moved or reclaimed
   */
  public synchronized ByteBuffer buffer() {
    requireLive();
    return memory.duplicate();
  }

  /** Returns the size in bytes. */
  public long size() {
    return size;
  }

  /** Returns the alignment the block was requested with: its first byte's address is a multiple of it. */
  public int alignment() {
    return alignment;
  }

  /** Returns the family whose memory this is. */
  public AllocatorFamily family() {
    return allocator.family();
  }

  /** Returns the allocator that made this block and is the only one that may free it. */
  public BufferAllocator allocator() {
    return allocator;
  }

  /**
   * Returns the sequence number of the allocation that made this block, unique within its
   * allocator. A reallocation makes a block with a new number.
   */
  public long id() {
    return id;
  }

  /** Returns where this block was allocated, as far as the allocator's {@link LeakTracking} recorded. */
  public AllocationSite allocationSite() {
    return site;
  }

  /** Returns whether the block can still be used: not freed, moved or reclaimed. */
  public synchronized boolean isLive() {
    return state == State.LIVE;
  }

  /** Returns the number of live exports. */
  public synchronized int exports() {
    return exports == null ? 0 : exports.count();
  }

  /**
   * Exports the bytes writable ({@link BufferInfo#fillInfo}) and counts the export.
   *
   * @throws IllegalStateException if the block was freed, moved or reclaimed
   * @throws IllegalArgumentException if {@code flags} is not a request
   */
  @Override
  public synchronized BufferInfo getBuffer(int flags) {
    requireLive();
    BufferInfo info = BufferInfo.fillInfo(this, memory.duplicate(), 0, size, false, flags);
    live().add(info);
    return info;
  }

  /**
   * Ends an export. Allowed in any state, so that a view outliving its allocator's close can still
   * be released.
   *
   * @throws IllegalArgumentException if {@code info} is null or was not exported by this block
   * @throws IllegalStateException if {@code info} is not a live export: released already (a second
   *     release would end another consumer's export)
   */
  @Override
  public synchronized void releaseBuffer(BufferInfo info) {
    if (info == null || info.owner() != this) {
      throw new IllegalArgumentException("the BufferInfo was not exported by block #" + id);
    }
    live().remove(info, "block #" + id);
  }

  private LiveExports live() {
    if (exports == null) {
      exports = new LiveExports();
    }
    return exports;
  }

  /**
   * Marks the block freed; returns whether the allocator must still release its accounting (false
   * for a block reclaimed at close, whose late free is allowed).
   */
  synchronized boolean markFreed() {
    if (state == State.FREED) {
      throw new IllegalStateException(label() + " was already freed");
    }
    if (state == State.MOVED) {
      throw new IllegalStateException(deadMessage() + "; free that block instead");
    }
    requireNoExports();
    boolean wasLive = state == State.LIVE;
    state = State.FREED;
    tracking.release();
    return wasLive;
  }

  /** Records the block's leak-registry handle; the allocator calls it before anyone else sees the block. */
  synchronized void track(Tracker.Handle handle) {
    tracking = handle;
  }

  /** Takes a block that never became live (its allocator closed first) out of the leak registry. */
  synchronized void untrack() {
    tracking.release();
  }

  /**
   * Checks that the block may be moved by reallocate; the caller holds this block's lock until the
   * move is marked.
   *
   * @throws IllegalStateException if it is not live
   * @throws BufferException if it has live exports
   */
  void requireMovable() {
    requireLive();
    requireNoExports();
  }

  /** Copies the bytes that fit into {@code target}, whose other bytes stay zero; caller holds the lock. */
  void copyInto(ByteBuffer target) {
    target.put(0, memory, 0, Math.min(size, target.capacity()));
  }

  /** Marks the block moved; the caller holds this block's lock and has committed the move. */
  void markMoved(long newId) {
    state = State.MOVED;
    movedTo = newId;
    tracking.release();
  }

  /** Marks a block the allocator's close took out of the accounting, unless it was freed meanwhile. */
  synchronized void markReclaimed() {
    if (state == State.LIVE) {
      state = State.RECLAIMED;
      tracking.release(); // the allocator's LeakException reports it
    }
  }

  private void requireLive() {
    if (state != State.LIVE) {
      throw new IllegalStateException(deadMessage());
    }
  }

  private void requireNoExports() {
    int live = exports();
    if (live > 0) {
      throw new BufferException("block #" + id + " has " + live + " live export"
          + (live == 1 ? "; release it first" : "s; release them first"));
    }
  }

  private String deadMessage() {
    switch (state) {
      case FREED:
        return label() + " was freed";
      case MOVED:
        return label() + " was moved to block #" + movedTo + " by reallocate";
      case RECLAIMED:
        return label() + " was reclaimed when allocator " + allocator.name() + " closed";
      default:
        throw new AssertionError(state);
    }
  }

  /** Returns {@code "block #7 (64 bytes)"}. */
  String label() {
    return "block #" + id + " (" + Sizes.count(size, "byte") + ")";
  }

  @Override
  public synchronized String toString() {
    return "Block[#" + id + ", " + Sizes.count(size, "byte") + ", " + family() + ", alignment "
        + alignment + ", " + state.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
