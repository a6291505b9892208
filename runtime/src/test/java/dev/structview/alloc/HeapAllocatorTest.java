package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The allocator contract for {@link AllocatorFamily#HEAP}, and what only heap blocks do. */
class HeapAllocatorTest extends AllocatorContractTest {
  @Override
  AllocatorFamily family() {
    return AllocatorFamily.HEAP;
  }

  @Test
  void heapBlocksAreBackedByArrays() {
    Block block = allocator.allocate(10);
    assertTrue(block.buffer().hasArray());
    assertFalse(block.buffer().isDirect());
    allocator.free(block);
  }

  @Test
  void alignmentAboveEightPointsToTheDirectFamily() {
    assertEquals(8, AllocatorFamily.HEAP.maxAlignment());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocator.allocate(32, 16));
    assertEquals("alignment=16 is not supported by HEAP blocks, which the garbage collector keeps only"
        + " 8-aligned; use AllocatorFamily.DIRECT", e.getMessage());
  }

  @Test
  void theFactoryMakesAnUnlimitedCallerTrackingAllocator() {
    try (BufferAllocator heap = BufferAllocator.heap()) {
      assertEquals(AllocatorFamily.HEAP, heap.family());
      assertEquals(LeakTracking.CALLER, heap.leakTracking());
      assertTrue(heap.name().matches("heap-\\d+"), heap.name());
      assertEquals(-1, heap.stats().limit());
    }
  }
}
