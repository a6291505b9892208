package dev.structview.view;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable barrier that spins (yielding) instead of blocking, so that the threads on the cores
 * leave it together, within nanoseconds of each other, and their next operations truly race. A
 * blocking barrier wakes its threads one by one, microseconds apart.
 */
final class SpinBarrier {
  private final int parties;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile int generation;

  SpinBarrier(int parties) {
    this.parties = parties;
  }

  /** A party that never comes fails the test instead of hanging the build. */
  private static final long TIMEOUT_NANOS = 60_000_000_000L;

  /**
   * Waits until all parties have arrived.
   *
   * @throws IllegalStateException if they have not within a minute (a party died or left)
   */
  void await() {
    int current = generation;
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0); // before the generation moves, so that the next await counts from zero
      generation = current + 1;
      return;
    }
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (generation == current) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("barrier of " + parties + " parties: only "
            + arrived.get() + " arrived within a minute");
      }
      Thread.yield();
    }
  }
}
