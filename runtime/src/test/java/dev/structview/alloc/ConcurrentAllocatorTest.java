package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounting stays exact when many threads allocate, reallocate and free at once. */
class ConcurrentAllocatorTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 10_000;

  /** What one thread did, to check the allocator's totals against. */
  private record Work(List<Block> held, long allocations, long reallocations, long frees, long refused) {}

  @ParameterizedTest
  @EnumSource(AllocatorFamily.class)
  void randomOperationsKeepExactCounts(AllocatorFamily family) throws Exception {
    BufferAllocator allocator = BufferAllocator.builder(family).build();
    List<Work> work = runThreads(t -> () -> randomWork(allocator, new Random(1000 + t), t, 256, 0.4));
    AllocatorStats stats = allocator.stats();
    assertTotals(work, stats);
    assertEquals(0, work.stream().mapToLong(Work::refused).sum());
    assertTrue(stats.peakBytes() >= stats.liveBytes(), stats.toString());
    assertTrue(stats.peakBlocks() >= stats.liveBlocks(), stats.toString());
    freeAll(allocator, work);
  }

  /**
   * Every snapshot taken while another thread allocates and frees holds the documented invariant
   * and counts no bytes outside a block: a request's bytes count as live only once its block is.
   * (Counted at reservation, 46 million of 56 million snapshots broke it.)
   */
  @ParameterizedTest
  @EnumSource(AllocatorFamily.class)
  void everySnapshotHoldsTheInvariantWhileAnotherThreadAllocates(AllocatorFamily family) throws Exception {
    BufferAllocator allocator = BufferAllocator.builder(family).build();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    Thread churn = new Thread(() -> {
      while (!stop.get()) {
        allocator.free(allocator.allocate(4096));
      }
    });
    churn.start();
    try {
      for (int i = 0; i < 200_000; i++) {
        AllocatorStats s = allocator.stats();
        assertEquals(s.allocations(), s.frees() + s.reclaimed() + s.liveBlocks(), s.toString());
        assertEquals(4096 * s.liveBlocks(), s.liveBytes(), s.toString());
      }
    } finally {
      stop.set(true);
      churn.join();
    }
    allocator.close();
  }

  @ParameterizedTest
  @EnumSource(AllocatorFamily.class)
  void theLimitHoldsUnderContention(AllocatorFamily family) throws Exception {
    long limit = 64 * 1024;
    BufferAllocator allocator = BufferAllocator.builder(family).limit(limit).build();
    // Allocating more often than freeing drives every thread into the limit.
    List<Work> work = runThreads(t -> () -> randomWork(allocator, new Random(2000 + t), t, 4096, 0.6));
    AllocatorStats stats = allocator.stats();
    assertTotals(work, stats);
    assertTrue(work.stream().mapToLong(Work::refused).sum() > 0, "the limit was never reached");
    assertTrue(stats.peakBytes() <= limit, stats.toString());
    assertTrue(stats.liveBytes() <= limit, stats.toString());
    freeAll(allocator, work);
  }

  @ParameterizedTest
  @EnumSource(AllocatorFamily.class)
  void aBlockFreedByManyThreadsAtOnceIsFreedOnce(AllocatorFamily family) throws Exception {
    BufferAllocator allocator = BufferAllocator.builder(family).build();
    for (int round = 0; round < 200; round++) {
      Block block = allocator.allocate(32);
      AtomicInteger freed = new AtomicInteger();
      runThreads(t -> () -> {
        try {
          allocator.free(block);
          freed.incrementAndGet();
        } catch (IllegalStateException expected) {
          // every thread but one must land here
        }
        return null;
      });
      assertEquals(1, freed.get(), "round " + round);
    }
    assertEquals(new AllocatorStats(0, 0, 32, 1, 200, 0, 200, 0, -1), allocator.stats());
    allocator.close();
  }

  @ParameterizedTest
  @EnumSource(AllocatorFamily.class)
  void closingWhileThreadsAllocateLeavesNothingCounted(AllocatorFamily family) throws Exception {
    BufferAllocator allocator = BufferAllocator.builder(family).build();
    CountDownLatch started = new CountDownLatch(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Random random = new Random(3000 + t);
      results.add(pool.submit(() -> allocateUntilClosed(allocator, random, started)));
    }
    started.await();
    try {
      allocator.close();
    } catch (LeakException expected) {
      // the threads still hold blocks; they free them late below
    }
    for (Future<Integer> result : results) {
      result.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    AllocatorStats stats = allocator.stats();
    assertEquals(0, stats.liveBytes());
    assertEquals(0, stats.liveBlocks());
    assertEquals(stats.allocations(), stats.frees() + stats.reclaimed(), stats.toString());
    assertEquals(List.of(), allocator.liveBlocks());
  }

  private static int allocateUntilClosed(BufferAllocator allocator, Random random, CountDownLatch started) {
    List<Block> held = new ArrayList<>();
    boolean counted = false;
    try {
      while (true) {
        held.add(allocator.allocate(random.nextInt(64)));
        if (held.size() > 50) {
          allocator.free(held.remove(random.nextInt(held.size())));
        }
        if (!counted && held.size() > 10) {
          started.countDown();
          counted = true;
        }
      }
    } catch (IllegalStateException closed) {
      assertTrue(closed.getMessage().startsWith("allocator is closed"), closed.getMessage());
    }
    held.forEach(allocator::free); // late frees after close must be accepted
    return held.size();
  }

  private static Work randomWork(BufferAllocator allocator, Random random, int thread, int maxSize,
      double allocateShare) {
    List<Block> held = new ArrayList<>();
    long allocations = 0;
    long reallocations = 0;
    long frees = 0;
    long refused = 0;
    for (int i = 0; i < OPERATIONS; i++) {
      double op = random.nextDouble();
      try {
        if (held.isEmpty() || op < allocateShare) {
          Block block = allocator.allocate(random.nextInt(maxSize + 1));
          tag(block, thread);
          held.add(block);
          allocations++;
        } else if (op < allocateShare + (1 - allocateShare) / 2) {
          allocator.free(held.remove(random.nextInt(held.size())));
          frees++;
        } else {
          int index = random.nextInt(held.size());
          Block moved = allocator.reallocate(held.get(index), random.nextInt(maxSize + 1));
          checkTag(moved, thread);
          tag(moved, thread);
          held.set(index, moved);
          reallocations++;
        }
      } catch (AllocationLimitException e) {
        refused++;
      }
    }
    return new Work(held, allocations, reallocations, frees, refused);
  }

  /** Marks a block's first byte with its thread, so a mix-up between threads shows. */
  private static void tag(Block block, int thread) {
    if (block.size() > 0) {
      block.buffer().put(0, (byte) (thread + 1));
    }
  }

  private static void checkTag(Block block, int thread) {
    if (block.size() > 0) {
      byte first = block.buffer().get(0);
      if (first != 0 && first != thread + 1) {
        throw new AssertionError("block #" + block.id() + " holds thread " + (first - 1) + "'s tag");
      }
    }
  }

  private static void assertTotals(List<Work> work, AllocatorStats stats) {
    Set<Block> held = new HashSet<>();
    Set<Long> ids = new HashSet<>();
    long bytes = 0;
    for (Work each : work) {
      for (Block block : each.held()) {
        assertTrue(block.isLive(), block.toString());
        held.add(block);
        ids.add(block.id());
        bytes += block.size();
      }
    }
    assertEquals(held.size(), ids.size(), "sequence numbers must be unique");
    assertEquals(bytes, stats.liveBytes());
    assertEquals(held.size(), stats.liveBlocks());
    assertEquals(work.stream().mapToLong(Work::allocations).sum(), stats.allocations());
    assertEquals(work.stream().mapToLong(Work::reallocations).sum(), stats.reallocations());
    assertEquals(work.stream().mapToLong(Work::frees).sum(), stats.frees());
    assertEquals(stats.allocations(), stats.frees() + stats.liveBlocks());
  }

  private static void freeAll(BufferAllocator allocator, List<Work> work) {
    assertEquals(work.stream().mapToLong(w -> w.held().size()).sum(), allocator.liveBlocks().size());
    work.forEach(w -> w.held().forEach(allocator::free));
    assertEquals(0, allocator.stats().liveBytes());
    assertFalse(allocator.isClosed());
    allocator.close();
  }

  /** Runs one task per thread, all released at once, and returns their results in thread order. */
  private static <T> List<T> runThreads(IntFunction<Callable<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<T> body = task.apply(t);
        futures.add(pool.submit(() -> {
          go.await();
          return body.call();
        }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
