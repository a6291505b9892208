package dev.structview.alloc;

import dev.structview.leak.LeakLevel;

/**
 * How much an allocator records about where each block was made, for its leak report and the
 * leak registry's ({@code dev.structview.leak.Leaks}). Set per allocator by
 * {@link BufferAllocator.Builder#leakTracking}; otherwise it follows the leak level
 * ({@link #forLevel}).
 */
public enum LeakTracking {
  /** Records nothing; the leak report lists blocks without their allocation sites. */
  OFF,
  /**
   * Records the first stack frame outside the allocator's own classes: one short, lazy stack walk
   * per allocation, about a microsecond.
   */
  CALLER,
  /** Records the whole stack below the allocator, for leaks whose direct caller is a shared helper. */
  STACK;

  /**
   * Returns the tracking an allocator gets at a leak level when its builder sets none:
   * {@link #OFF} for {@link LeakLevel#OFF} and for the default {@link LeakLevel#COUNTS} (no stack
   * walk on the allocation path), {@link #STACK} for {@link LeakLevel#TRACES}.
   *
   * @param level the leak level
   * @return the tracking
   * @throws IllegalArgumentException if {@code level} is null
   */
  public static LeakTracking forLevel(LeakLevel level) {
    if (level == null) {
      throw new IllegalArgumentException("level must not be null");
    }
    switch (level) {
      case OFF:
      case COUNTS:
        return OFF;
      case TRACES:
        return STACK;
      default:
        throw new AssertionError(level);
    }
  }
}
