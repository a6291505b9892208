package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules every {@link AllocatorFamily} obeys. Each test gets a fresh allocator named
 * {@code "test"}, so block numbers start at 1, and every allocator a test opens must end with no
 * leaks unless the test closes it itself.
 */
abstract class AllocatorContractTest {
  private final List<BufferAllocator> opened = new ArrayList<>();
  BufferAllocator allocator;

  /** The family under test. */
  abstract AllocatorFamily family();

  AllocatorFamily otherFamily() {
    return family() == AllocatorFamily.HEAP ? AllocatorFamily.DIRECT : AllocatorFamily.HEAP;
  }

  @BeforeEach
  void openAllocator() {
    allocator = open(b -> b.name("test").leakTracking(LeakTracking.CALLER)); // one frame, whatever the level
  }

  @AfterEach
  void closeAllocatorsCheckingForLeaks() {
    for (BufferAllocator each : opened) {
      if (!each.isClosed()) {
        each.close();
      }
    }
  }

  BufferAllocator open(UnaryOperator<BufferAllocator.Builder> options) {
    BufferAllocator created = options.apply(BufferAllocator.builder(family())).build();
    opened.add(created);
    return created;
  }

  static void fill(Block block, int first) {
    ByteBuffer bytes = block.buffer();
    for (int i = 0; i < bytes.capacity(); i++) {
      bytes.put(i, (byte) (first + i));
    }
  }

  static byte[] contents(Block block) {
    ByteBuffer bytes = block.buffer();
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    return out;
  }

  static byte[] sequence(int length, int first) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (first + i);
    }
    return out;
  }

  // ---- allocate ----

  @Test
  void allocateGivesAZeroedBlockOfExactlyTheSize() {
    Block block = allocator.allocate(100);
    assertEquals(1, block.id());
    assertEquals(100, block.size());
    assertEquals(1, block.alignment());
    assertEquals(family(), block.family());
    assertSame(allocator, block.allocator());
    assertTrue(block.isLive());
    ByteBuffer bytes = block.buffer();
    assertEquals(0, bytes.position());
    assertEquals(100, bytes.limit());
    assertEquals(100, bytes.capacity());
    assertEquals(family() == AllocatorFamily.DIRECT, bytes.isDirect());
    assertArrayEquals(new byte[100], contents(block));
    allocator.free(block);
  }

  @Test
  void zeroByteRequestsGiveDistinctEmptyBlocks() {
    Block a = allocator.allocate(0);
    Block b = allocator.allocate(0);
    assertNotNull(a);
    assertNotSame(a, b);
    assertEquals(List.of(1L, 2L), List.of(a.id(), b.id()));
    assertEquals(0, a.size());
    assertEquals(0, a.buffer().capacity());
    AllocatorStats stats = allocator.stats();
    assertEquals(0, stats.liveBytes());
    assertEquals(2, stats.liveBlocks());
    allocator.free(a);
    allocator.free(b);
    assertEquals(2, allocator.stats().frees());
  }

  @Test
  void buffersAreIndependentViewsOfTheSameBytes() {
    Block block = allocator.allocate(16);
    ByteBuffer first = block.buffer();
    ByteBuffer second = block.buffer();
    first.position(10).put((byte) 42);
    assertEquals(0, second.position());
    assertEquals(0, block.buffer().position());
    assertEquals(42, second.get(10));
    allocator.free(block);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE, BufferAllocator.MAX_BLOCK_SIZE + 1L, Long.MAX_VALUE})
  void rejectsSizesNoBufferCanHold(long size) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocator.allocate(size));
    assertTrue(e.getMessage().startsWith("size=" + size + " "), e.getMessage());
    assertEquals(0, allocator.stats().allocations());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 3, 6, 12, 1000, Integer.MIN_VALUE})
  void rejectsAlignmentsThatAreNotPowersOfTwo(int alignment) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocator.allocate(8, alignment));
    assertEquals("alignment=" + alignment + " must be a power of two", e.getMessage());
  }

  @Test
  void alignsEveryPowerOfTwoUpToTheFamilyMaximum() {
    for (int alignment = 1; alignment <= family().maxAlignment(); alignment *= 2) {
      for (int size : new int[] {0, 1, 33}) {
        Block block = allocator.allocate(size, alignment);
        ByteBuffer bytes = block.buffer();
        assertEquals(alignment, block.alignment());
        assertEquals(size, bytes.capacity(), "alignment=" + alignment);
        assertEquals(0, bytes.alignmentOffset(0, alignment), "alignment=" + alignment + " size=" + size);
        assertArrayEquals(new byte[size], contents(block));
        allocator.free(block);
      }
    }
  }

  @Test
  void rejectsAlignmentsAboveTheFamilyMaximum() {
    int alignment = family().maxAlignment() * 2;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocator.allocate(8, alignment));
    assertTrue(e.getMessage().startsWith("alignment=" + alignment + " "), e.getMessage());
  }

  @Test
  void rejectsSizesThatOverflowOnceAlignmentPaddingIsAdded() {
    assumeTrue(family().maxAlignment() >= 2, family() + " blocks cannot be aligned at all on this JVM");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> allocator.allocate(BufferAllocator.MAX_BLOCK_SIZE, 2));
    assertEquals("size=2147483639 with alignment=2 needs 2147483641 bytes, more than the maximum"
        + " block size of 2147483639", e.getMessage());
    assertEquals(0, allocator.stats().allocations());
  }

  // ---- reallocate ----

  @Test
  void growingKeepsTheContentsAndZeroFillsTheRest() {
    Block block = allocator.allocate(8);
    fill(block, 1);
    Block grown = allocator.reallocate(block, 16);
    assertEquals(2, grown.id());
    assertEquals(16, grown.size());
    byte[] expected = new byte[16];
    System.arraycopy(sequence(8, 1), 0, expected, 0, 8);
    assertArrayEquals(expected, contents(grown));
    assertFalse(block.isLive());
    AllocatorStats stats = allocator.stats();
    assertEquals(16, stats.liveBytes());
    assertEquals(1, stats.liveBlocks());
    assertEquals(1, stats.allocations());
    assertEquals(1, stats.reallocations());
    allocator.free(grown);
  }

  @Test
  void shrinkingKeepsThePrefix() {
    Block block = allocator.allocate(32);
    fill(block, 100);
    Block shrunk = allocator.reallocate(block, 5);
    assertArrayEquals(sequence(5, 100), contents(shrunk));
    assertEquals(5, allocator.stats().liveBytes());
    allocator.free(shrunk);
  }

  @Test
  void reallocatingToZeroResizesAndDoesNotFree() {
    Block block = allocator.allocate(32);
    Block empty = allocator.reallocate(block, 0);
    assertNotNull(empty);
    assertEquals(0, empty.size());
    assertTrue(empty.isLive());
    AllocatorStats stats = allocator.stats();
    assertEquals(1, stats.liveBlocks());
    assertEquals(0, stats.liveBytes());
    assertEquals(0, stats.frees());
    Block regrown = allocator.reallocate(empty, 4);
    assertArrayEquals(new byte[4], contents(regrown));
    allocator.free(regrown);
  }

  @Test
  void reallocatingNullAllocates() {
    Block block = allocator.reallocate(null, 24);
    assertEquals(24, block.size());
    assertArrayEquals(new byte[24], contents(block));
    assertEquals(1, allocator.stats().allocations());
    assertEquals(0, allocator.stats().reallocations());
    allocator.free(block);
  }

  @Test
  void reallocatingKeepsTheAlignment() {
    int alignment = Math.min(8, family().maxAlignment());
    Block block = allocator.allocate(10, alignment);
    Block grown = allocator.reallocate(block, 1000);
    assertEquals(alignment, grown.alignment());
    assertEquals(0, grown.buffer().alignmentOffset(0, alignment));
    allocator.free(grown);
  }

  @Test
  void aMovedBlockIsInvalidLikeAMovedPointer() {
    Block block = allocator.allocate(8);
    Block moved = allocator.reallocate(block, 8);
    assertNotSame(block, moved);
    String message = "block #1 (8 bytes) was moved to block #2 by reallocate";
    assertEquals(message, assertThrows(IllegalStateException.class, block::buffer).getMessage());
    assertEquals(message, assertThrows(IllegalStateException.class,
        () -> block.getBuffer(BufferFlags.SIMPLE)).getMessage());
    assertEquals(message, assertThrows(IllegalStateException.class,
        () -> allocator.reallocate(block, 4)).getMessage());
    assertEquals(message + "; free that block instead",
        assertThrows(IllegalStateException.class, () -> allocator.free(block)).getMessage());
    assertEquals(List.of(moved), allocator.liveBlocks());
    allocator.free(moved);
  }

  @Test
  void aFailedReallocateLeavesTheBlockAsItWas() {
    Block block = allocator.allocate(8);
    fill(block, 7);
    AllocatorStats before = allocator.stats();
    assertThrows(IllegalArgumentException.class, () -> allocator.reallocate(block, -1));
    assertTrue(block.isLive());
    assertArrayEquals(sequence(8, 7), contents(block));
    assertEquals(before, allocator.stats());
    allocator.free(block);
  }

  // ---- free ----

  @Test
  void freeingNullDoesNothing() {
    allocator.free(null);
    assertEquals(new AllocatorStats(0, 0, 0, 0, 0, 0, 0, 0, -1), allocator.stats());
  }

  @Test
  void freeingTwiceFailsLoudly() {
    Block block = allocator.allocate(64);
    allocator.free(block);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> allocator.free(block));
    assertEquals("block #1 (64 bytes) was already freed", e.getMessage());
    assertEquals(1, allocator.stats().frees());
    assertEquals(0, allocator.stats().liveBlocks());
  }

  @Test
  void usingAFreedBlockFailsLoudly() {
    Block block = allocator.allocate(64);
    allocator.free(block);
    assertFalse(block.isLive());
    String message = "block #1 (64 bytes) was freed";
    assertEquals(message, assertThrows(IllegalStateException.class, block::buffer).getMessage());
    assertEquals(message, assertThrows(IllegalStateException.class,
        () -> block.getBuffer(BufferFlags.FULL)).getMessage());
    assertEquals(message, assertThrows(IllegalStateException.class,
        () -> allocator.reallocate(block, 8)).getMessage());
  }

  @Test
  void aBlockCannotBeReleasedToAnotherFamily() {
    BufferAllocator other = BufferAllocator.builder(otherFamily()).name("other").build();
    opened.add(other);
    Block foreign = other.allocate(8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocator.free(foreign));
    assertEquals("block #1 is a " + otherFamily() + " block and cannot be freed by " + family()
        + " allocator test", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> allocator.reallocate(foreign, 16));
    assertTrue(foreign.isLive());
    assertEquals(1, other.stats().liveBlocks());
    other.free(foreign);
  }

  @Test
  void aBlockCannotBeReleasedToAnotherAllocatorOfItsFamily() {
    BufferAllocator other = open(b -> b.name("other"));
    Block foreign = other.allocate(8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocator.free(foreign));
    assertEquals("block #1 belongs to allocator other and cannot be freed by allocator test", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> allocator.reallocate(foreign, 16));
    assertEquals("block #1 belongs to allocator other and cannot be reallocated by allocator test",
        e.getMessage());
    assertTrue(foreign.isLive());
    assertEquals(0, allocator.stats().frees());
    other.free(foreign);
  }

  // ---- limits ----

  @Test
  void allocatingExactlyToTheLimitSucceedsAndOneByteMoreFails() {
    BufferAllocator limited = open(b -> b.name("limited").limit(100));
    Block a = limited.allocate(60);
    Block b = limited.allocate(40);
    Block empty = limited.allocate(0);
    AllocatorStats before = limited.stats();
    assertEquals(100, before.liveBytes());
    AllocationLimitException e = assertThrows(AllocationLimitException.class, () -> limited.allocate(1));
    assertEquals("allocating 1 byte would exceed the limit of 100 bytes (live: 100 bytes in 3 blocks)",
        e.getMessage());
    assertEquals(List.of(1L, 100L, 100L, 3L),
        List.of(e.requestedBytes(), e.limit(), e.liveBytes(), e.liveBlocks()));
    assertEquals(before, limited.stats());
    limited.free(a);
    Block c = limited.allocate(60);
    assertEquals(4, c.id()); // the refused request used no sequence number
    List.of(b, c, empty).forEach(limited::free);
  }

  @Test
  void growingPastTheLimitFailsAndLeavesTheBlockIntact() {
    BufferAllocator limited = open(b -> b.name("limited").limit(100));
    Block block = limited.allocate(50);
    fill(block, 3);
    Block other = limited.allocate(30);
    AllocatorStats before = limited.stats();
    AllocationLimitException e =
        assertThrows(AllocationLimitException.class, () -> limited.reallocate(block, 71));
    assertEquals("growing block #1 from 50 to 71 bytes would exceed the limit of 100 bytes"
        + " (live: 80 bytes in 2 blocks)", e.getMessage());
    assertEquals(21, e.requestedBytes());
    assertTrue(block.isLive());
    assertArrayEquals(sequence(50, 3), contents(block));
    assertEquals(before, limited.stats());
    Block grown = limited.reallocate(block, 70);
    assertEquals(100, limited.stats().liveBytes());
    limited.free(grown);
    limited.free(other);
  }

  @Test
  void aLimitOfZeroAllowsOnlyEmptyBlocks() {
    BufferAllocator limited = open(b -> b.limit(0));
    Block empty = limited.allocate(0);
    assertThrows(AllocationLimitException.class, () -> limited.allocate(1));
    assertThrows(AllocationLimitException.class, () -> limited.reallocate(empty, 1));
    assertEquals(0, limited.stats().limit());
    limited.free(empty);
  }

  @Test
  void aNegativeLimitIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BufferAllocator.builder(family()).limit(-1));
    assertEquals("limit=-1 must not be negative", e.getMessage());
    assertEquals(-1, allocator.stats().limit());
    assertFalse(allocator.stats().hasLimit());
  }

  // ---- stats ----

  @Test
  void statsCountEveryOperationAndKeepPeaks() {
    Block a = allocator.allocate(10);
    Block b = allocator.allocate(20);
    Block c = allocator.allocate(30);
    assertEquals(new AllocatorStats(60, 3, 60, 3, 3, 0, 0, 0, -1), allocator.stats());
    allocator.free(b);
    assertEquals(new AllocatorStats(40, 2, 60, 3, 3, 0, 1, 0, -1), allocator.stats());
    Block grown = allocator.reallocate(a, 100);
    assertEquals(new AllocatorStats(130, 2, 130, 3, 3, 1, 1, 0, -1), allocator.stats());
    allocator.free(grown);
    allocator.free(c);
    assertEquals(new AllocatorStats(0, 0, 130, 3, 3, 1, 3, 0, -1), allocator.stats());
  }

  @Test
  void liveBlocksAreListedInAllocationOrder() {
    Block a = allocator.allocate(1);
    Block b = allocator.allocate(2);
    Block c = allocator.allocate(3);
    allocator.free(b);
    List<Block> live = allocator.liveBlocks();
    assertEquals(List.of(a, c), live);
    assertThrows(UnsupportedOperationException.class, () -> live.add(b));
    allocator.free(a);
    allocator.free(c);
    assertEquals(List.of(), allocator.liveBlocks());
  }

  // ---- close and leaks ----

  @Test
  void closingWithoutLeaksEndsTheAllocator() {
    allocator.free(allocator.allocate(8));
    assertEquals("", allocator.leakReport());
    allocator.close();
    assertTrue(allocator.isClosed());
    assertEquals("allocator is closed: test",
        assertThrows(IllegalStateException.class, () -> allocator.allocate(8)).getMessage());
    assertEquals("allocator is closed: test",
        assertThrows(IllegalStateException.class, () -> allocator.reallocate(null, 8)).getMessage());
    assertEquals("allocator test is already closed",
        assertThrows(IllegalStateException.class, allocator::close).getMessage());
  }

  @Test
  void closingWithLeaksNamesTheCallingMethod() {
    // Both on one line, so that the line number the report must name is known exactly.
    Block big = allocator.allocate(64); int line = new Throwable().getStackTrace()[0].getLineNumber();
    int alignment = Math.min(8, family().maxAlignment());
    allocator.allocate(32, alignment);
    LeakException e = assertThrows(LeakException.class, allocator::close);
    String site = "dev.structview.alloc.AllocatorContractTest.closingWithLeaksNamesTheCallingMethod("
        + "AllocatorContractTest.java:";
    String expectedStart = "2 blocks (96 bytes) were never freed by allocator test:\n"
        + "  block #1 (64 bytes), " + family() + ", allocated at " + site + line + ")\n"
        + "  block #2 (32 bytes), " + family() + (alignment > 1 ? ", alignment " + alignment : "")
        + ", allocated at " + site;
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    assertEquals(3, e.getMessage().split("\n").length);
    assertEquals(2, e.leakedBlocks());
    assertEquals(96, e.leakedBytes());
    assertEquals("closingWithLeaksNamesTheCallingMethod", big.allocationSite().caller().getMethodName());
    assertEquals(new AllocatorStats(0, 0, 96, 2, 2, 0, 0, 2, -1), allocator.stats());
    assertEquals("", allocator.leakReport());
  }

  @Test
  void aReclaimedBlockIsDeadButMayBeFreedOnceLate() {
    Block leaked = allocator.allocate(16);
    assertThrows(LeakException.class, allocator::close);
    assertFalse(leaked.isLive());
    assertEquals("block #1 (16 bytes) was reclaimed when allocator test closed",
        assertThrows(IllegalStateException.class, leaked::buffer).getMessage());
    allocator.free(leaked);
    assertEquals(0, allocator.stats().frees());
    assertEquals(1, allocator.stats().reclaimed());
    assertEquals("block #1 (16 bytes) was already freed",
        assertThrows(IllegalStateException.class, () -> allocator.free(leaked)).getMessage());
  }

  @Test
  void aBlockFreedBeforeCloseCanStillNotBeFreedTwice() {
    Block block = allocator.allocate(4);
    allocator.free(block);
    allocator.close();
    assertThrows(IllegalStateException.class, () -> allocator.free(block));
  }

  @Test
  void stackTrackingReportsTheWholeStack() {
    BufferAllocator tracked = open(b -> b.name("tracked").leakTracking(LeakTracking.STACK));
    Block block = tracked.allocate(5);
    List<StackTraceElement> frames = block.allocationSite().frames();
    assertTrue(frames.size() > 5, frames.toString());
    assertEquals("stackTrackingReportsTheWholeStack", frames.get(0).getMethodName());
    assertTrue(frames.stream().anyMatch(f -> f.getClassName().startsWith("org.junit.")), frames.toString());
    LeakException e = assertThrows(LeakException.class, tracked::close);
    String expectedStart = "1 block (5 bytes) was never freed by allocator tracked:\n"
        + "  block #1 (5 bytes), " + family() + ", allocated at:\n"
        + "      at dev.structview.alloc.AllocatorContractTest.stackTrackingReportsTheWholeStack(";
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    assertEquals(2 + frames.size(), e.getMessage().split("\n").length);
    assertTrue(e.getMessage().contains("\n      at org.junit."), e.getMessage());
  }

  @Test
  void untrackedSitesAreReportedAsNotTracked() {
    BufferAllocator untracked = open(b -> b.name("quiet").leakTracking(LeakTracking.OFF));
    Block block = untracked.allocate(7);
    assertSame(AllocationSite.UNTRACKED, block.allocationSite());
    LeakException e = assertThrows(LeakException.class, untracked::close);
    assertEquals("1 block (7 bytes) was never freed by allocator quiet (allocation sites not tracked;"
        + " build the allocator with LeakTracking.CALLER or STACK, or run with -Dstructview.leaks=traces):\n"
        + "  block #1 (7 bytes), " + family(), e.getMessage());
  }

  @Test
  void theLeakReportIsAvailableAtAnyTime() {
    Block block = allocator.allocate(5);
    String report = allocator.leakReport();
    assertTrue(report.startsWith("1 block (5 bytes) was never freed by allocator test:\n  block #1"), report);
    allocator.free(block);
    assertEquals("", allocator.leakReport());
  }

  @Test
  void theLeakReportListsAtMostOneHundredBlocks() {
    for (int i = 0; i < 105; i++) {
      allocator.allocate(1);
    }
    String report = allocator.leakReport();
    assertEquals(1 + 100 + 1, report.split("\n").length);
    assertTrue(report.startsWith("105 blocks (105 bytes) were never freed"), report);
    assertTrue(report.endsWith("\n  ... and 5 more blocks"), report);
    assertThrows(LeakException.class, allocator::close);
  }

  // ---- exports ----

  @Test
  void aBlockExportsTheSameBytesAsItsBuffer() {
    Block block = allocator.allocate(12);
    BufferInfo info = block.getBuffer(BufferFlags.FULL);
    assertSame(block, info.owner());
    assertEquals(12, info.len());
    assertFalse(info.readonly());
    assertEquals("B", info.format());
    assertArrayEquals(new long[] {12}, info.shape());
    block.buffer().put(3, (byte) 0x5a);
    assertEquals(0x5a, info.memory().get((int) info.offset() + 3));
    info.memory().put((int) info.offset() + 11, (byte) -7);
    assertEquals(-7, block.buffer().get(11));
    assertEquals(1, block.exports());
    block.releaseBuffer(info);
    assertEquals(0, block.exports());
    allocator.free(block);
  }

  @Test
  void liveExportsBlockFreeAndReallocate() {
    Block block = allocator.allocate(8);
    BufferInfo first = block.getBuffer(BufferFlags.SIMPLE);
    AllocatorStats before = allocator.stats();
    assertEquals("block #1 has 1 live export; release it first",
        assertThrows(BufferException.class, () -> allocator.free(block)).getMessage());
    BufferInfo second = block.getBuffer(BufferFlags.WRITABLE);
    assertEquals("block #1 has 2 live exports; release them first",
        assertThrows(BufferException.class, () -> allocator.reallocate(block, 16)).getMessage());
    assertTrue(block.isLive());
    assertEquals(before, allocator.stats());
    block.releaseBuffer(first);
    block.releaseBuffer(second);
    Block moved = allocator.reallocate(block, 16);
    allocator.free(moved);
  }

  @Test
  void exportsMustBeRealAndLive() {
    Block block = allocator.allocate(8);
    Block other = allocator.allocate(8);
    BufferInfo foreign = other.getBuffer(BufferFlags.SIMPLE);
    assertThrows(IllegalArgumentException.class, () -> block.releaseBuffer(foreign));
    other.releaseBuffer(foreign);
    assertEquals("releaseBuffer of a buffer that is not a live export of block #2: released already, or never"
        + " exported by it",
        assertThrows(IllegalStateException.class, () -> other.releaseBuffer(foreign)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> block.getBuffer(BufferFlags.READ));
    assertEquals(0, block.exports());
    allocator.free(block);
    allocator.free(other);
    assertThrows(IllegalStateException.class, () -> block.getBuffer(BufferFlags.SIMPLE));
  }

  @Test
  void anExportOutlivingCloseCanStillBeReleased() {
    Block block = allocator.allocate(8);
    BufferInfo info = block.getBuffer(BufferFlags.SIMPLE);
    LeakException e = assertThrows(LeakException.class, allocator::close);
    assertEquals(1, e.leakedBlocks());
    block.releaseBuffer(info);
    assertEquals(0, block.exports());
  }
}
