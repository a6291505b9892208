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

/** W1w write: every field of every {@code "<IhB"} record written, one contender per method. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W1wWrite {
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
  private StructTicks struct;
  private MemoryViewTicks memoryView;

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
    struct = c.struct();
    memoryView = c.memoryView();
  }

  /** Releases the exports the contenders hold. */
  @TearDown
  public void tearDown() {
    contenders.close();
  }

  @Benchmark
  public void viewHeap() {
    viewHeap.fill(records);
  }

  @Benchmark
  public void viewDirect() {
    viewDirect.fill(records);
  }

  @Benchmark
  public void recordArray() {
    recordArray.fill(records);
  }

  @Benchmark
  public void byteBufferHeap() {
    byteBufferHeap.fill(records);
  }

  @Benchmark
  public void byteBufferDirect() {
    byteBufferDirect.fill(records);
  }

  @Benchmark
  public void varHandle() {
    varHandle.fill(records);
  }

  @Benchmark
  public void nettyHeap() {
    nettyHeap.fill(records);
  }

  @Benchmark
  public void nettyDirect() {
    nettyDirect.fill(records);
  }

  @Benchmark
  public void sbe() {
    sbe.fill(records);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH, Jvm.NO_BOUNDS_CHECKS})
  public void sbeUnchecked() {
    sbe.fill(records);
  }

  @Benchmark
  public void structPackInto() {
    struct.fill(records);
  }

  @Benchmark
  public void memoryViewSet() {
    memoryView.fill(records);
  }
}
