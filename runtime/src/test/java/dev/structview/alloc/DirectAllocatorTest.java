package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.leak.Leaks;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The allocator contract for {@link AllocatorFamily#DIRECT}, and what only direct blocks do. */
class DirectAllocatorTest extends AllocatorContractTest {
  @Override
  AllocatorFamily family() {
    return AllocatorFamily.DIRECT;
  }

  @Test
  void directBlocksAreOffHeap() {
    Block block = allocator.allocate(10);
    assertTrue(block.buffer().isDirect());
    allocator.free(block);
  }

  @Test
  void pageAlignedBlocksSurviveReallocation() {
    Block block = allocator.allocate(100, 4096);
    block.buffer().put(99, (byte) 1);
    Block grown = allocator.reallocate(block, 10_000);
    ByteBuffer bytes = grown.buffer();
    assertEquals(0, bytes.alignmentOffset(0, 4096));
    assertEquals(1, bytes.get(99));
    assertEquals(10_000, bytes.capacity());
    allocator.free(grown);
  }

  @Test
  void alignmentStopsAtOneMebibyte() {
    assertEquals(1 << 20, AllocatorFamily.DIRECT.maxAlignment());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocator.allocate(32, 1 << 21));
    assertEquals("alignment=2097152 exceeds the DIRECT maximum of 1048576", e.getMessage());
  }

  @Test
  void theFactoryMakesAnUnlimitedAllocatorTrackingAsTheLevelSays() {
    try (BufferAllocator direct = BufferAllocator.direct()) {
      assertEquals(AllocatorFamily.DIRECT, direct.family());
      assertEquals(LeakTracking.forLevel(Leaks.level()), direct.leakTracking());
      assertTrue(direct.name().matches("direct-\\d+"), direct.name());
    }
  }
}
