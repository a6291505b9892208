package dev.structview.bench;

import dev.structview.view.ManagedBuffer;
import dev.structview.view.MemoryView;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5 lifetime: a hold on a {@link ManagedBuffer} taken and let go, alone and by two threads on the
 * same buffer (the counter is one shared atomic: two threads measure its contention). Times are
 * per operation per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W5Lifetime {
  private MemoryView base;
  private ManagedBuffer managed;

  /** One exported array, shared by every thread. */
  @Setup
  public void setUp() {
    base = MemoryView.of(new byte[4096]);
    managed = base.managedBuffer();
  }

  /** Lets go of the base view. */
  @TearDown
  public void tearDown() {
    base.release();
  }

  /** {@code pin()} and {@code close()}: the bare reference count. */
  @Benchmark
  @Threads(1)
  public void pinRelease() {
    managed.pin().close();
  }

  /** The same, two threads at once on one buffer. */
  @Benchmark
  @Threads(2)
  public void pinReleaseTwoThreads() {
    managed.pin().close();
  }

  /** {@code memoryview(view)} and its release: a new view that shares the managed buffer. */
  @Benchmark
  @Threads(1)
  public long viewAcquireRelease() {
    try (MemoryView v = MemoryView.of(base)) {
      return v.nbytes();
    }
  }

  /** The same, two threads at once on one buffer. */
  @Benchmark
  @Threads(2)
  public long viewAcquireReleaseTwoThreads() {
    try (MemoryView v = MemoryView.of(base)) {
      return v.nbytes();
    }
  }
}
