package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.ticks.ByteBufferTicks;
import dev.structview.bench.ticks.DirectScans;
import dev.structview.bench.ticks.FfmTicks;
import dev.structview.bench.ticks.GeneratedTicks;
import dev.structview.bench.ticks.RecordArrayLoops;
import dev.structview.bench.ticks.TickContenders;
import dev.structview.bench.ticks.VarHandleTicks;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
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
 * W8 mixed memory: W1i's scans over a heap array in a JVM whose same code first read a direct
 * buffer, as a program that reads records from both kinds of memory does. The JVM keeps one type
 * profile per call site, shared by every caller: the setup's direct scans put the direct store's
 * class in the profiles of the code each benchmark then runs over the heap array, where the
 * array's class joins it. W1i runs the same loops with a profile of one class; the ratio of the
 * two tables is the cost of the mix.
 * Hand-written {@code ByteBuffer} and FFM code (heap after direct, the same code) are measured
 * the same way; byte-array VarHandles, which read only arrays, are the baseline.
 *
 * <p>{@code code}: {@code same} reads the direct buffer with the very loops the benchmarks then
 * run (one helper for both kinds of memory); {@code apart} with loops of their own
 * ({@link DirectScans}), as a program that reads each kind in its own loop does, sharing only the
 * view's and the runtime's code. Hand-written code in loops apart shares nothing, so {@code apart}
 * runs its direct scans only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W8MixedMemory {
  /** Passes of each direct scan before the trial: enough for C2 to compile each loop with its profile. */
  private static final int DIRECT_PASSES = 30;

  /** 2^20 records (7 MiB, in L3), as W1i's larger size. */
  @Param({"1048576"})
  public int records;

  /** Whether the direct scans run the benchmarks' own loops ({@code same}) or loops of their own ({@code apart}). */
  @Param({"same", "apart"})
  public String code;

  private RecordArrayLoops loops;
  private GeneratedTicks viewMoveTo;
  private ByteBufferTicks byteBufferHeap;
  private FfmTicks ffmHeap;
  private VarHandleTicks varHandle;

  /** Runs every contender's code over the direct buffer first, then keeps its heap twin. */
  @Setup
  public void setUp() {
    TickContenders c = new TickContenders(TickData.generate(records));
    RecordArrayLoops direct = c.recordArrayLoopsDirect();
    GeneratedTicks viewDirect = c.viewDirect();
    ByteBufferTicks byteBufferDirect = c.byteBufferDirect();
    FfmTicks ffmDirect = FfmTicks.available() ? c.ffmDirect() : null;
    DirectScans apart = c.directScans();
    for (int i = 0; i < DIRECT_PASSES; i++) {
      if ("apart".equals(code)) {
        apart.scanAll();
        continue;
      }
      for (ToLongFunction<RecordArrayLoops> scan : RecordArrayLoops.SCANS.values()) {
        scan.applyAsLong(direct);
      }
      viewDirect.sumAll(records);
      byteBufferDirect.sumAll(records);
      if (ffmDirect != null) {
        ffmDirect.sumAll(records);
      }
    }
    loops = c.recordArrayLoops();
    viewMoveTo = c.viewHeap();
    byteBufferHeap = c.byteBufferHeap();
    ffmHeap = c.ffmHeap();   // before JDK 22 a placeholder that throws, as W1's
    varHandle = c.varHandle();
  }

  /** The view's own {@code moveTo} loop over a view made by {@code wrap} (W1i's baseline). */
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
  public long moveToIndex() {
    return loops.sumMoveTo();
  }

  @Benchmark
  public long stream() {
    return loops.sumStream();
  }

  @Benchmark
  public long byteBufferHeap() {
    return byteBufferHeap.sumAll(records);
  }

  /** Java 22+ only: excluded by {@code Main} when the jar or the JVM has no FFM contender. */
  @Benchmark
  public long ffmHeap() {
    return ffmHeap.sumAll(records);
  }

  /** Hand-written byte-array VarHandles: code that reads only arrays, so its profile holds one kind. */
  @Benchmark
  public long varHandle() {
    return varHandle.sumAll(records);
  }
}
