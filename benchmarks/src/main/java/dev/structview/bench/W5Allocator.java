package dev.structview.bench;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.Block;
import dev.structview.alloc.BufferAllocator;
import dev.structview.alloc.LeakTracking;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5 allocator: {@code allocate} then {@code free} of one block, by family, size and leak
 * tracking ({@code CALLER}, the default, walks the stack once per block). The JDK's own
 * allocations are in {@link W5AllocatorBaseline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W5Allocator {
  @Param({"64", "4096", "65536"})
  public int size;

  @Param({"HEAP", "DIRECT"})
  public AllocatorFamily family;

  @Param({"OFF", "CALLER"})
  public LeakTracking tracking;

  private BufferAllocator allocator;

  /** An unlimited allocator of the family, with the tracking. */
  @Setup
  public void setUp() {
    allocator = BufferAllocator.builder(family).leakTracking(tracking).build();
  }

  /** Closes the allocator, which checks that every block was freed. */
  @TearDown
  public void tearDown() {
    allocator.close();
  }

  /** One block allocated, zeroed, accounted and freed. */
  @Benchmark
  public long allocateFree() {
    Block block = allocator.allocate(size);
    long bytes = block.size();
    allocator.free(block);
    return bytes;
  }
}
