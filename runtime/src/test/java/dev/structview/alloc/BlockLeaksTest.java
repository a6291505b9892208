package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.leak.Leak;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Allocator blocks in the leak registry, and allocators' default tracking by leak level. */
class BlockLeaksTest {
  private final LeakLevel before = Leaks.level();

  @AfterEach
  void restoreTheLevel() {
    Leaks.setLevel(before);
  }

  @Test
  void allocatorsTrackAsTheLevelSaysUnlessTheirBuilderChooses() {
    for (LeakLevel level : LeakLevel.values()) {
      Leaks.setLevel(level);
      try (BufferAllocator heap = BufferAllocator.heap(); BufferAllocator direct = BufferAllocator.direct();
          BufferAllocator chosen = BufferAllocator.builder(AllocatorFamily.HEAP).leakTracking(LeakTracking.STACK)
              .build()) {
        assertEquals(LeakTracking.forLevel(level), heap.leakTracking(), level.name());
        assertEquals(LeakTracking.forLevel(level), direct.leakTracking(), level.name());
        assertEquals(LeakTracking.STACK, chosen.leakTracking(), level.name());
      }
    }
    assertEquals(List.of(LeakTracking.OFF, LeakTracking.OFF, LeakTracking.STACK), List.of(
        LeakTracking.forLevel(LeakLevel.OFF), LeakTracking.forLevel(LeakLevel.COUNTS),
        LeakTracking.forLevel(LeakLevel.TRACES)));
    assertThrows(IllegalArgumentException.class, () -> LeakTracking.forLevel(null));
  }

  @Test
  void aBlockIsLiveFromAllocationUntilItIsFreedMovedOrReclaimed() {
    Leaks.setLevel(LeakLevel.COUNTS);
    BufferAllocator allocator = BufferAllocator.builder(AllocatorFamily.HEAP).name("leaky")
        .leakTracking(LeakTracking.CALLER).build();
    long mark = Leaks.mark();
    Block first = allocator.allocate(16);
    Leak leak = Leaks.unreleasedSince(mark).get(0);
    assertEquals(Leak.Kind.BLOCK, leak.kind());
    assertEquals("block #1 (16 bytes) of HEAP allocator leaky", leak.resource());
    assertEquals(1, leak.site().size()); // CALLER: the calling frame
    assertEquals("aBlockIsLiveFromAllocationUntilItIsFreedMovedOrReclaimed", leak.site().get(0).getMethodName());
    Block moved = allocator.reallocate(first, 32);
    assertEquals(List.of("block #2 (32 bytes) of HEAP allocator leaky"), resources(mark));
    Block kept = allocator.allocate(1);
    allocator.free(moved);
    assertEquals(List.of("block #3 (1 byte) of HEAP allocator leaky"), resources(mark));
    LeakException e = assertThrows(LeakException.class, allocator::close);
    assertTrue(e.getMessage().contains("block #3 (1 byte)"), e.getMessage());
    assertEquals(List.of(), resources(mark), "a block reclaimed by close is reported by close");
    allocator.free(kept); // the late free that close allows
    assertEquals(List.of(), resources(mark));
  }

  @Test
  void aFailedAllocationLeavesNothingTracked() {
    Leaks.setLevel(LeakLevel.COUNTS);
    long mark = Leaks.mark();
    try (BufferAllocator allocator = BufferAllocator.builder(AllocatorFamily.DIRECT).limit(8).build()) {
      assertThrows(AllocationLimitException.class, () -> allocator.allocate(9));
      Block block = allocator.allocate(8);
      assertThrows(AllocationLimitException.class, () -> allocator.reallocate(block, 9));
      assertEquals(1, resources(mark).size());
      allocator.free(block);
    }
    assertEquals(List.of(), resources(mark));
  }

  @Test
  void offTracksNoBlockAndRecordsNoSite() {
    Leaks.setLevel(LeakLevel.OFF);
    long mark = Leaks.mark();
    try (BufferAllocator allocator = BufferAllocator.heap()) {
      Block block = allocator.allocate(4);
      assertEquals(List.of(), resources(mark));
      assertEquals(AllocationSite.UNTRACKED, block.allocationSite());
      Leaks.setLevel(LeakLevel.COUNTS);
      allocator.free(block);
    }
  }

  @Test
  void tracesRecordsTheWholeStack() {
    Leaks.setLevel(LeakLevel.TRACES);
    long mark = Leaks.mark();
    try (BufferAllocator allocator = BufferAllocator.heap()) {
      Block block = allocator.allocate(4);
      List<StackTraceElement> site = Leaks.unreleasedSince(mark).get(0).site();
      assertEquals("tracesRecordsTheWholeStack", site.get(0).getMethodName());
      assertTrue(site.size() > 1, site.toString());
      allocator.free(block);
    }
  }

  private static List<String> resources(long mark) {
    return Leaks.unreleasedSince(mark).stream().map(Leak::resource).collect(Collectors.toList());
  }
}
