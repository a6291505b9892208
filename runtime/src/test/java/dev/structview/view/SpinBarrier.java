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

  /** Waits until all parties have arrived. */
  void await() {
    int current = generation;
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0); // before the generation moves, so that the next await counts from zero
      generation = current + 1;
      return;
    }
    while (generation == current) {
      Thread.yield();
    }
  }
}
