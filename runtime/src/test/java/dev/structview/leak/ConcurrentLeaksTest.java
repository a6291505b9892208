package dev.structview.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.Block;
import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.ByteArray;
import dev.structview.view.MemoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live set stays exact when sixteen threads acquire and release at once. */
class ConcurrentLeaksTest {
  private static final int THREADS = 16;
  private static final int OPERATIONS = 2_000;

  private final LeakLevel before = Leaks.level();

  @AfterEach
  void restoreTheLevel() {
    Leaks.setLevel(before);
  }

  /** What one thread kept: the resources it did not release, to count and then release. */
  private record Kept(List<MemoryView> views, List<Block> blocks) {}

  @Test
  void everyUnreleasedResourceIsInTheLiveSetAndNoOther() throws Exception {
    Leaks.setLevel(LeakLevel.COUNTS);
    long mark = Leaks.mark();
    BufferAllocator allocator = BufferAllocator.builder(AllocatorFamily.HEAP).name("shared").build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Kept> kept = new ArrayList<>();
    try {
      List<Future<Kept>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(t);
        futures.add(pool.submit(() -> churn(allocator, random)));
      }
      for (Future<Kept> future : futures) {
        kept.add(future.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    int views = kept.stream().mapToInt(k -> k.views().size()).sum();
    int blocks = kept.stream().mapToInt(k -> k.blocks().size()).sum();
    List<Leak> live = Leaks.unreleasedSince(mark);
    assertEquals(views, live.stream().filter(l -> l.kind() == Leak.Kind.MANAGED_BUFFER).count());
    assertEquals(blocks, live.stream().filter(l -> l.kind() == Leak.Kind.BLOCK).count());
    for (Kept k : kept) {
      k.views().forEach(MemoryView::release);
      k.blocks().forEach(allocator::free);
    }
    allocator.close();
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
  }

  private static Kept churn(BufferAllocator allocator, Random random) {
    Kept kept = new Kept(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < OPERATIONS; i++) {
      MemoryView view = MemoryView.of(new ByteArray(new byte[8]));
      Block block = allocator.allocate(8);
      if (random.nextInt(10) == 0) {
        kept.views().add(view);
      } else {
        view.release();
      }
      if (random.nextInt(10) == 0) {
        kept.blocks().add(block);
      } else {
        allocator.free(block);
      }
    }
    return kept;
  }
}
