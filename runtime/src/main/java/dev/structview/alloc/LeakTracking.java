package dev.structview.alloc;

/**
 * How much an allocator records about where each block was made, for its leak report.
 */
public enum LeakTracking {
  /** Records nothing; the leak report lists blocks without their allocation sites. */
  OFF,
  /**
   * Records the first stack frame outside the allocator's own classes: one short, lazy stack walk
   * per allocation. The default.
   */
  CALLER,
  /** Records the whole stack below the allocator, for leaks whose direct caller is a shared helper. */
  STACK
}
