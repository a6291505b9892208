package dev.structview.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.ChildJvm;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request the JVM itself cannot satisfy is an {@link AllocationLimitException}, never an
 * {@link OutOfMemoryError}, and changes nothing: no counts, no peaks. Shown in a child JVM whose direct memory is capped at 1 MiB, so the test
 * needs no real memory.
 */
class JvmExhaustionTest {

  /** Runs in the child JVM: asks for more direct memory than it may have, then checks the books. */
  public static void main(String[] args) {
    try (BufferAllocator allocator = BufferAllocator.direct()) {
      Block small = allocator.allocate(1024);
      try {
        allocator.allocate(4 << 20);
        System.out.println("allocated");
      } catch (AllocationLimitException e) {
        System.out.println("refused limit=" + e.limit() + " live=" + allocator.stats().liveBlocks());
        System.out.println(e.getMessage());
      }
      try {
        allocator.reallocate(small, 4 << 20);
        System.out.println("reallocated");
      } catch (AllocationLimitException e) {
        System.out.println("refused growth");
      }
      AllocatorStats after = allocator.stats();
      System.out.println("after live=" + after.liveBytes() + "/" + after.liveBlocks() + " peak=" + after.peakBytes()
          + "/" + after.peakBlocks());
      allocator.free(small);
    }
  }

  @Test
  void directMemoryExhaustionIsAClearRefusal() throws IOException, InterruptedException {
    ChildJvm child = ChildJvm.run(JvmExhaustionTest.class, List.of("-XX:MaxDirectMemorySize=1m"));
    String output = child.output();
    assertEquals(0, child.exitValue(), child.report());
    assertTrue(output.startsWith("refused limit=-1 live=1\n"), output);
    assertTrue(output.contains("allocating 4194304 bytes of DIRECT memory failed: the JVM has no room for it"), output);
    assertTrue(output.contains("raise -XX:MaxDirectMemorySize"), output);
    // The refused requests change nothing, the peaks included (they counted the 4 MiB before).
    assertTrue(output.contains("refused growth\nafter live=1024/1 peak=1024/1\n"), output);
  }
}
