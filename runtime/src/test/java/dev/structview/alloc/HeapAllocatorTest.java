package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.leak.Leaks;
import java.nio.ByteBuffer;
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
  void alignmentAboveTheHeapsPointsToTheDirectFamily() {
    int max = AllocatorFamily.HEAP.maxAlignment();
    // 8 where the JVM answers alignment questions about heap buffers (Java 17), less where it refuses
    assertTrue(max == 8 || refusesHeapAlignment(max * 2), "HEAP.maxAlignment()=" + max);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocator.allocate(32, 16));
    assertEquals("alignment=16 is not supported by HEAP blocks, which this JVM keeps only " + max
        + "-aligned; use AllocatorFamily.DIRECT", e.getMessage());
  }

  private static boolean refusesHeapAlignment(int alignment) {
    try {
      ByteBuffer.wrap(new byte[16]).alignmentOffset(0, alignment);
      return false;
    } catch (UnsupportedOperationException e) {
      return true;
    }
  }

  @Test
  void theFactoryMakesAnUnlimitedAllocatorTrackingAsTheLevelSays() {
    try (BufferAllocator heap = BufferAllocator.heap()) {
      assertEquals(AllocatorFamily.HEAP, heap.family());
      assertEquals(LeakTracking.forLevel(Leaks.level()), heap.leakTracking());
      assertTrue(heap.name().matches("heap-\\d+"), heap.name());
      assertEquals(-1, heap.stats().limit());
    }
  }
}
