package dev.structview.bench;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.Block;
import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.ByteArray;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import dev.structview.view.MemoryView;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5 leaks: what leak tracking costs at each level ({@code -Dstructview.leaks=off|counts|traces},
 * set here with {@link Leaks#setLevel} before anything is acquired), on the two operations it
 * hooks: an envelope requested and released ({@code MemoryView.of} over a {@link ByteArray}, an
 * exporter with a release, so tracked) and a block allocated and freed by an allocator built with
 * the level's default tracking. {@code viewOverArray} is the control: an exporter with nothing to
 * release is never tracked. The two-thread variant measures contention on the registry's shared
 * live set (each thread has its own array).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W5Leaks {
  /** The leak level of the run. */
  @Param({"OFF", "COUNTS", "TRACES"})
  public LeakLevel level;

  private LeakLevel before;
  private BufferAllocator allocator;

  /** Each thread's own exporter, so that only the registry is shared between threads. */
  @State(Scope.Thread)
  public static class Exporter {
    ByteArray array;
    byte[] bytes;

    /** A 64-byte array, as an exporter with a release and as a plain array. */
    @Setup
    public void setUp() {
      array = new ByteArray(new byte[64]);
      bytes = new byte[64];
    }
  }

  /** Sets the level, then builds the allocator, which takes its default tracking from it. */
  @Setup
  public void setUp() {
    before = Leaks.level();
    Leaks.setLevel(level);
    allocator = BufferAllocator.builder(AllocatorFamily.HEAP).name("w5-leaks").build();
  }

  /** Closes the allocator (which checks every block was freed) and restores the level. */
  @TearDown
  public void tearDown() {
    allocator.close();
    Leaks.setLevel(before);
  }

  /** One envelope over a {@link ByteArray}: requested, tracked, released, untracked. */
  @Benchmark
  @Threads(1)
  public long viewAcquireRelease(Exporter e) {
    try (MemoryView view = MemoryView.of(e.array)) {
      return view.nbytes();
    }
  }

  /** The same, two threads at once, each on its own array: the registry is what they share. */
  @Benchmark
  @Threads(2)
  public long viewAcquireReleaseTwoThreads(Exporter e) {
    try (MemoryView view = MemoryView.of(e.array)) {
      return view.nbytes();
    }
  }

  /** The control: a view of a plain array, whose exporter has nothing to release, so is never tracked. */
  @Benchmark
  @Threads(1)
  public long viewOverArray(Exporter e) {
    try (MemoryView view = MemoryView.of(e.bytes)) {
      return view.nbytes();
    }
  }

  /** One 64-byte block allocated and freed, with the allocator's tracking the level's default. */
  @Benchmark
  @Threads(1)
  public long allocateFree() {
    Block block = allocator.allocate(64);
    long size = block.size();
    allocator.free(block);
    return size;
  }
}
