package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.ticks.ByteBufferTicks;
import dev.structview.bench.ticks.FfmTicks;
import dev.structview.bench.ticks.GeneratedTicks;
import dev.structview.bench.ticks.MemoryViewTicks;
import dev.structview.bench.ticks.NettyTicks;
import dev.structview.bench.ticks.RecordArrayTicks;
import dev.structview.bench.ticks.SbeTicks;
import dev.structview.bench.ticks.StructTicks;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** W1c column: the sum of the {@code I} field alone, a strided column of 4 bytes in 7, one contender per method. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W1cColumn {
  /** 2^12 records (28 KiB, in L1/L2) and 2^20 (7 MiB, in L3). */
  @Param({"4096", "1048576"})
  public int records;

  private GeneratedTicks viewHeap;
  private GeneratedTicks viewDirect;
  private RecordArrayTicks recordArray;
  private ByteBufferTicks byteBufferHeap;
  private ByteBufferTicks byteBufferDirect;
  private VarHandleTicks varHandle;
  private NettyTicks nettyHeap;
  private NettyTicks nettyDirect;
  private SbeTicks sbe;
  private StructTicks structUnpackFrom;
  private MemoryViewTicks memoryViewGet;
  private FfmTicks ffmHeap;
  private FfmTicks ffmDirect;

  /** The contenders' owner, which releases the exports they hold when the trial ends. */
  private TickContenders contenders;

  /** Makes the records and every contender over them. */
  @Setup
  public void setUp() {
    TickContenders c = new TickContenders(TickData.generate(records));
    contenders = c;
    viewHeap = c.viewHeap();
    viewDirect = c.viewDirect();
    recordArray = c.recordArray();
    byteBufferHeap = c.byteBufferHeap();
    byteBufferDirect = c.byteBufferDirect();
    varHandle = c.varHandle();
    nettyHeap = c.nettyHeap();
    nettyDirect = c.nettyDirect();
    sbe = c.sbe();
    structUnpackFrom = c.struct();
    memoryViewGet = c.memoryView();
    ffmHeap = c.ffmHeap();
    ffmDirect = c.ffmDirect();
  }

  /** Releases the exports the contenders hold. */
  @TearDown
  public void tearDown() {
    contenders.close();
  }

  @Benchmark
  public long viewHeap() {
    return viewHeap.sumIds(records);
  }

  @Benchmark
  public long viewDirect() {
    return viewDirect.sumIds(records);
  }

  @Benchmark
  public long recordArray() {
    return recordArray.sumIds(records);
  }

  @Benchmark
  public long byteBufferHeap() {
    return byteBufferHeap.sumIds(records);
  }

  @Benchmark
  public long byteBufferDirect() {
    return byteBufferDirect.sumIds(records);
  }

  @Benchmark
  public long varHandle() {
    return varHandle.sumIds(records);
  }

  @Benchmark
  public long nettyHeap() {
    return nettyHeap.sumIds(records);
  }

  @Benchmark
  public long nettyDirect() {
    return nettyDirect.sumIds(records);
  }

  @Benchmark
  public long sbe() {
    return sbe.sumIds(records);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH, Jvm.NO_BOUNDS_CHECKS})
  public long sbeUnchecked() {
    return sbe.sumIds(records);
  }

  @Benchmark
  public long structUnpackFrom() {
    return structUnpackFrom.sumIds(records);
  }

  @Benchmark
  public long memoryViewGet() {
    return memoryViewGet.sumIds(records);
  }

  /** Java 22+ only: excluded by {@code Main} when the jar or the JVM has no FFM contender. */
  @Benchmark
  public long ffmHeap() {
    return ffmHeap.sumIds(records);
  }

  /** Java 22+ only, as {@link #ffmHeap}. */
  @Benchmark
  public long ffmDirect() {
    return ffmDirect.sumIds(records);
  }
}
