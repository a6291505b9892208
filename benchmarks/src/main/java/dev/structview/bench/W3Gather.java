package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.ticks.ByteBufferTicks;
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

/** W3 gather: the sum of the {@code I} field of every record, visited in a shuffled order (random access). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W3Gather {
  /** 2^20 records (7 MiB, in L3), visited once each in a fixed shuffled order. */
  @Param({"1048576"})
  public int records;

  private int[] order;
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

  /** The contenders' owner, which releases the exports they hold when the trial ends. */
  private TickContenders contenders;

  /** Makes the records and every contender over them. */
  @Setup
  public void setUp() {
    order = TickData.shuffledIndices(records, 42);
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
  }

  /** Releases the exports the contenders hold. */
  @TearDown
  public void tearDown() {
    contenders.close();
  }

  @Benchmark
  public long viewHeap() {
    return viewHeap.gatherIds(order);
  }

  @Benchmark
  public long viewDirect() {
    return viewDirect.gatherIds(order);
  }

  @Benchmark
  public long recordArray() {
    return recordArray.gatherIds(order);
  }

  /** The same moves of a view that the loop's first move makes: a loop with an allocation in it. */
  @Benchmark
  public long recordArrayFromNull() {
    return recordArray.gatherIdsFromNull(order);
  }

  @Benchmark
  public long byteBufferHeap() {
    return byteBufferHeap.gatherIds(order);
  }

  @Benchmark
  public long byteBufferDirect() {
    return byteBufferDirect.gatherIds(order);
  }

  @Benchmark
  public long varHandle() {
    return varHandle.gatherIds(order);
  }

  @Benchmark
  public long nettyHeap() {
    return nettyHeap.gatherIds(order);
  }

  @Benchmark
  public long nettyDirect() {
    return nettyDirect.gatherIds(order);
  }

  @Benchmark
  public long sbe() {
    return sbe.gatherIds(order);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH, Jvm.NO_BOUNDS_CHECKS})
  public long sbeUnchecked() {
    return sbe.gatherIds(order);
  }

  @Benchmark
  public long structUnpackFrom() {
    return structUnpackFrom.gatherIds(order);
  }

  @Benchmark
  public long memoryViewGet() {
    return memoryViewGet.gatherIds(order);
  }
}
