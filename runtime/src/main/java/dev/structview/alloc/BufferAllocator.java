package dev.structview.alloc;

import dev.structview.buffer.BufferException;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import dev.structview.leak.Tracker;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An allocator of {@link Block}s from one {@link AllocatorFamily}, with accounting, an optional
 * byte limit and a leak report: CPython's {@code PyMem_Malloc}, {@code PyMem_Realloc} and
 * {@code PyMem_Free}, made safe.
 *
 * <pre>{@code
 * try (BufferAllocator alloc = BufferAllocator.builder(AllocatorFamily.DIRECT).limit(1 << 20).build()) {
 *   Block header = alloc.allocate(64, 16);
 *   header = alloc.reallocate(header, 128);   // the old Block is now invalid, like a moved pointer
 *   alloc.free(header);
 * }                                            // throws LeakException naming any block not freed
 * }</pre>
 *
 * <p>What C leaves undefined is an exception here: freeing twice or using a freed or moved block
 * ({@link IllegalStateException}), releasing a block to another family or allocator
 * ({@link IllegalArgumentException}), freeing or moving a block that is exported
 * ({@link BufferException}). Zero-byte requests are valid and give distinct blocks. Contents start
 * zeroed. Accounting counts requested bytes; alignment padding is not counted.
 *
 * <p>This is a final class, not an interface: a block's checks and accounting rest on state that
 * only its own allocator can vouch for, so there is one implementation, parameterised by family.
 *
 * <h2>Leaks</h2>
 * Besides its own accounting (and the {@link LeakException} of {@link #close()}), every block joins
 * the process-wide leak registry, {@link Leaks}, from allocation until it is freed, moved or
 * reclaimed, unless the leak level is {@link LeakLevel#OFF}. The allocator's {@link LeakTracking}
 * follows the level unless the builder sets one: {@code -Dstructview.leaks=off} and
 * {@code counts} (the default) give {@link LeakTracking#OFF}, {@code traces}
 * {@link LeakTracking#STACK}; ask the builder for {@link LeakTracking#CALLER} to record each
 * block's calling frame at about a microsecond per allocation.
 *
 * <h2>Threads</h2>
 * Thread-safe and meant to be shared: counts, the limit and the live set stay exact under any
 * number of threads (one lock per allocator for the books, one per block for its state, always
 * taken block first). {@link Block}s are thread-safe too.
 */
public final class BufferAllocator implements AutoCloseable {
  /** The largest block size, in bytes, including alignment padding: the JVM's array limit. */
  public static final int MAX_BLOCK_SIZE = Integer.MAX_VALUE - 8;

  private static final AtomicLong SERIAL = new AtomicLong();

  private final AllocatorFamily family;
  private final String name;
  private final LeakTracking leakTracking;
  private final Accounting accounting;

  private BufferAllocator(Builder builder) {
    this.family = builder.family;
    this.name = builder.name != null ? builder.name
        : family.name().toLowerCase(java.util.Locale.ROOT) + "-" + SERIAL.incrementAndGet();
    // Resolved when built, so that an allocator keeps the tracking it started with.
    this.leakTracking = builder.leakTracking != null ? builder.leakTracking
        : LeakTracking.forLevel(Leaks.level());
    this.accounting = new Accounting(name, builder.limit);
  }

  /**
   * Returns a new unlimited {@link AllocatorFamily#HEAP} allocator whose {@link LeakTracking}
   * follows the leak level ({@link LeakTracking#OFF} at the default level).
   */
  public static BufferAllocator heap() {
    return builder(AllocatorFamily.HEAP).build();
  }

  /**
   * Returns a new unlimited {@link AllocatorFamily#DIRECT} allocator whose {@link LeakTracking}
   * follows the leak level ({@link LeakTracking#OFF} at the default level).
   */
  public static BufferAllocator direct() {
    return builder(AllocatorFamily.DIRECT).build();
  }

  /**
   * Returns a builder for an allocator of {@code family}: no limit, the {@link LeakTracking} of
   * the leak level ({@link LeakTracking#forLevel}), and a generated name such as {@code "direct-3"}
   * unless set.
   *
   * @param family where the allocator's blocks live
   * @return a builder with the defaults
   * @throws IllegalArgumentException if {@code family} is null
   */
  public static Builder builder(AllocatorFamily family) {
    if (family == null) {
      throw new IllegalArgumentException("family must not be null");
    }
    return new Builder(family);
  }

  /**
   * Allocates a zeroed block with no alignment requirement: {@code PyMem_Malloc}.
   *
   * @param size the size in bytes; 0 gives a distinct block of size 0
   * @return the new block
   * @throws IllegalArgumentException if {@code size} is negative or above {@link #MAX_BLOCK_SIZE}
   * @throws AllocationLimitException if the block would take the live bytes above the limit, or the
   *     JVM has no memory left for it
   * @throws IllegalStateException if the allocator is closed
   */
  public Block allocate(long size) {
    return allocate(size, 1);
  }

  /**
   * Allocates a zeroed block whose first byte's address is a multiple of {@code alignment}.
   *
   * @param size the size in bytes; 0 gives a distinct block of size 0
   * @param alignment a power of two, at most the family's {@link AllocatorFamily#maxAlignment()}
   * @return the new block
   * @throws IllegalArgumentException if {@code size} is negative or, with its alignment padding,
   *     above {@link #MAX_BLOCK_SIZE}; or if {@code alignment} is not a power of two or is above
   *     the family's maximum (8 for HEAP: use DIRECT for more)
   * @throws AllocationLimitException if the block would take the live bytes above the limit
   * @throws IllegalStateException if the allocator is closed
   */
  public Block allocate(long size, int alignment) {
    int checkedSize = Sizes.checkSize(size);
    Sizes.checkAlignment(family, alignment);
    Sizes.checkPadded(size, alignment);
    AllocationSite site = SiteRecorder.record(leakTracking);
    long id = accounting.reserve(checkedSize);
    Block block = new Block(this, id, checkedSize, alignment, newMemory(checkedSize, alignment,
        () -> accounting.cancel(checkedSize)), site);
    // Tracked before it is registered, so that a close racing with us always finds it tracked.
    track(block);
    try {
      accounting.register(block);
    } catch (IllegalStateException e) {
      block.untrack();
      throw e;
    }
    return block;
  }

  /**
   * Resizes a block: {@code PyMem_Realloc}. The bytes up to the smaller of the two sizes are kept,
   * new bytes are zero, and the alignment is kept. The result is always a new {@code Block} (with a
   * new {@link Block#id()}); the old one is invalid from then on, exactly like a pointer that
   * {@code realloc} moved. If the call fails, the old block is untouched and still live.
   *
   * @param block the block to resize, or {@code null} to allocate
   * @param newSize the new size in bytes; 0 resizes to an empty block, it does not free
   * @return the resized block, never null
   * @throws IllegalArgumentException if {@code newSize} is negative or too large (see
   *     {@link #allocate(long, int)}), or {@code block} belongs to another family or allocator
   * @throws IllegalStateException if {@code block} was freed, moved or reclaimed, or the allocator
   *     is closed
   * @throws AllocationLimitException if growing would take the live bytes above the limit
   * @throws BufferException if {@code block} has live exports
   */
  public Block reallocate(Block block, long newSize) {
    if (block == null) {
      return allocate(newSize);
    }
    int checkedSize = Sizes.checkSize(newSize);
    requireOwned(block, "reallocated");
    accounting.requireOpen(); // before the block check: after close, say so, as allocate does
    Sizes.checkPadded(newSize, block.alignment());
    AllocationSite site = SiteRecorder.record(leakTracking);
    synchronized (block) {
      block.requireMovable();
      long id = accounting.reserveResize(block, checkedSize);
      ByteBuffer memory = newMemory(checkedSize, block.alignment(),
          () -> accounting.cancelResize(block, checkedSize));
      block.copyInto(memory);
      Block moved = new Block(this, id, checkedSize, block.alignment(), memory, site);
      track(moved);
      try {
        accounting.commitMove(block, moved);
      } catch (IllegalStateException e) {
        moved.untrack();
        throw e;
      }
      block.markMoved(id);
      return moved;
    }
  }

  /**
   * Frees a block: {@code PyMem_Free}. {@code null} is ignored. A block still live when the
   * allocator closed may be freed afterwards, once, so that late cleanup does not fail.
   *
   * @param block the block, or {@code null}
   * @throws IllegalStateException if {@code block} was already freed, or moved by reallocate
   * @throws IllegalArgumentException if {@code block} belongs to another family or allocator
   * @throws BufferException if {@code block} has live exports
   */
  public void free(Block block) {
    if (block == null) {
      return;
    }
    requireOwned(block, "freed");
    if (block.markFreed()) {
      accounting.release(block);
    }
  }

  /** Returns a snapshot of the accounting. */
  public AllocatorStats stats() {
    return accounting.stats();
  }

  /** Returns the live blocks in allocation order: a snapshot, for tests and diagnostics. */
  public List<Block> liveBlocks() {
    return List.copyOf(accounting.sortedLive());
  }

  /**
   * Returns the leak report for the blocks live now, or {@code ""} if there are none: how many
   * blocks and bytes, and each block's number, size, family and allocation site (the first 100).
   */
  public String leakReport() {
    return LeakReport.format(name, leakTracking, accounting.sortedLive());
  }

  /**
   * Closes the allocator. Afterwards {@code allocate} and {@code reallocate} throw; {@code free}
   * still accepts blocks made before. Blocks still live are taken out of the accounting (counted as
   * {@link AllocatorStats#reclaimed()}) and become unusable.
   *
   * @throws LeakException after closing, if any block was still live; its message is the leak report
   * @throws IllegalStateException if the allocator was already closed
   */
  @Override
  public void close() {
    List<Block> leaked = accounting.close();
    // Blocks are marked outside the accounting lock: lock order is always block, then accounting.
    leaked.forEach(Block::markReclaimed);
    if (!leaked.isEmpty()) {
      long bytes = leaked.stream().mapToLong(Block::size).sum();
      throw new LeakException(LeakReport.format(name, leakTracking, leaked), leaked.size(), bytes);
    }
  }

  /** Returns whether {@link #close()} has been called. */
  public boolean isClosed() {
    return accounting.isClosed();
  }

  /** Returns the family of this allocator's blocks. */
  public AllocatorFamily family() {
    return family;
  }

  /** Returns this allocator's name, used in messages and leak reports. */
  public String name() {
    return name;
  }

  /** Returns how much this allocator records about where blocks were made. */
  public LeakTracking leakTracking() {
    return leakTracking;
  }

  /** Enters a new block in the leak registry, unless the leak level is off. */
  private void track(Block block) {
    if (Leaks.level() != LeakLevel.OFF) {
      block.track(Tracker.block(block, new Tracker.BlockInfo(name, family.name(), block.id(), block.size(),
          block.allocationSite().frames())));
    }
  }

  private ByteBuffer newMemory(int size, int alignment, Runnable cancelReservation) {
    try {
      return family.newMemory(size, alignment);
    } catch (OutOfMemoryError e) {
      cancelReservation.run();
      throw AllocationLimitException.jvmExhausted(family, Sizes.paddedCapacity(size, alignment), stats(), e);
    }
  }

  private void requireOwned(Block block, String verb) {
    if (block.family() != family) {
      throw new IllegalArgumentException("block #" + block.id() + " is a " + block.family()
          + " block and cannot be " + verb + " by " + family + " allocator " + name);
    }
    if (block.allocator() != this) {
      throw new IllegalArgumentException("block #" + block.id() + " belongs to allocator "
          + block.allocator().name() + " and cannot be " + verb + " by allocator " + name);
    }
  }

  @Override
  public String toString() {
    return "BufferAllocator[" + name + ", " + family + ", " + stats() + "]";
  }

  /** Options for a {@link BufferAllocator}: a byte limit, leak tracking and a name. */
  public static final class Builder {
    private final AllocatorFamily family;
    private long limit = -1;
    /** Null until set: the allocator then follows the leak level. */
    private LeakTracking leakTracking;
    private String name;

    private Builder(AllocatorFamily family) {
      this.family = family;
    }

    /**
     * Limits the live bytes: a request that would take them above {@code bytes} fails. A limit of
     * 0 allows only empty blocks.
     *
     * @param bytes the most live bytes allowed
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public Builder limit(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("limit=" + bytes + " must not be negative");
      }
      this.limit = bytes;
      return this;
    }

    /**
     * Sets how much is recorded about where each block is made, whatever the leak level.
     *
     * @param tracking the tracking; unless set, {@link LeakTracking#forLevel} of the leak level when
     *     the allocator is built
     * @return this builder
     * @throws IllegalArgumentException if {@code tracking} is null
     */
    public Builder leakTracking(LeakTracking tracking) {
      if (tracking == null) {
        throw new IllegalArgumentException("leakTracking must not be null");
      }
      this.leakTracking = tracking;
      return this;
    }

    /**
     * Names the allocator in messages and leak reports.
     *
     * @param name the name; {@code "heap-1"}, {@code "direct-2"} and so on unless set
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /** Returns a new, open allocator with these options. */
    public BufferAllocator build() {
      return new BufferAllocator(this);
    }
  }
}
