package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.ticks.GeneratedTicks;
import dev.structview.bench.ticks.RecordArrayLoops;
import dev.structview.bench.ticks.TickContenders;
import dev.structview.bench.ticks.VarHandleTicks;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1i iterate: the W1 scan over one heap array of records, once per way of walking a
 * {@code RecordArray}, beside the generated view's own {@code moveTo} loop (the baseline) and
 * hand-written VarHandles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W1iIterate {
  /** 2^12 records (28 KiB, in L1/L2) and 2^20 (7 MiB, in L3), as W1. */
  @Param({"4096", "1048576"})
  public int records;

  private GeneratedTicks viewMoveTo;
  private RecordArrayLoops loops;
  private VarHandleTicks varHandle;

  /** Makes the records and every contender over the same array. */
  @Setup
  public void setUp() {
    TickContenders c = new TickContenders(TickData.generate(records));
    viewMoveTo = c.viewHeap();
    loops = c.recordArrayLoops();
    varHandle = c.varHandle();
  }

  /** The baseline: one view, moved by its own {@code moveTo(offset)} (W1's {@code viewHeap}). */
  @Benchmark
  public long viewMoveTo() {
    return viewMoveTo.sumAll(records);
  }

  @Benchmark
  public long forEach() {
    return loops.sumForEach();
  }

  @Benchmark
  public long forEachLambda() {
    return loops.sumForEachLambda();
  }

  @Benchmark
  public long forEachReversed() {
    return loops.sumForEachReversed();
  }

  @Benchmark
  public long moveToIndex() {
    return loops.sumMoveTo();
  }

  @Benchmark
  public long getIndex() {
    return loops.sumGet();
  }

  @Benchmark
  public long moveMade() {
    return loops.sumMoveMade();
  }

  @Benchmark
  public long stream() {
    return loops.sumStream();
  }

  @Benchmark
  public long varHandle() {
    return varHandle.sumAll(records);
  }

  /** Hand-written VarHandles over record numbers, as {@code moveToIndex} walks: its fair peer. */
  @Benchmark
  public long varHandleIndex() {
    return varHandle.sumAllIndexed(records);
  }
}
