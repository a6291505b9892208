package dev.structview.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The JDK allocations under {@link W5Allocator}'s two families, for the same sizes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W5AllocatorBaseline {
  @Param({"64", "4096", "65536"})
  public int size;

  /** {@code new byte[size]}, as the HEAP family makes memory. */
  @Benchmark
  public byte[] newByteArray() {
    return new byte[size];
  }

  /** {@code ByteBuffer.allocateDirect(size)}, as the DIRECT family makes memory (freed by the GC). */
  @Benchmark
  public ByteBuffer allocateDirect() {
    return ByteBuffer.allocateDirect(size);
  }
}
