package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.records.TickView;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.nio.ByteBuffer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * W4 views: what it costs to make a view, slice one {@code [a:b:step]} and cast one to a 2-D shape,
 * in time and in bytes allocated ({@code -prof gc}). Every derived view is released in the same
 * operation, as a try-with-resources block would, so that the managed buffer's pin count stays flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W4Views {
  private static final int RECORDS = 4096;
  /** 4096 records of 7 bytes are 7168 ints: 112 rows of 64. */
  private static final long ROWS = 112;
  private static final long COLUMNS = 64;
  private static final Slice EVERY_THIRD = Slice.of(100L, 4000L, 3L);

  private byte[] bytes;
  private TickView view;
  private MemoryView memory;
  private RecordArray<TickView> ticks;
  /** Where the next wrap lands; varies so that the JIT cannot fold the offset. */
  private int record;

  /** Makes the records and the views the slices and casts start from. */
  @Setup
  public void setUp() {
    bytes = TickData.generate(RECORDS);
    view = TickView.wrap(bytes);
    memory = MemoryView.of(bytes);
    ticks = TickView.array(bytes);
  }

  /** Releases the long-lived views. */
  @TearDown
  public void tearDown() {
    ticks.close();
    memory.release();
  }

  private int nextOffset() {
    record = (record + 1) & (RECORDS - 1);
    return record * TickView.SIZE;
  }

  /** A new view, handed out (so it is allocated). */
  @Benchmark
  public TickView wrapView() {
    return TickView.wrap(bytes, nextOffset());
  }

  /** A new view used for one field and dropped: escape analysis should remove the allocation. */
  @Benchmark
  public long wrapAndRead() {
    return TickView.wrap(bytes, nextOffset()).id();
  }

  /** An existing view moved and read: field access, which must allocate nothing. */
  @Benchmark
  public long moveToAndRead() {
    return view.moveTo(nextOffset()).id();
  }

  /** Baseline for slicing: a JDK buffer slice of the same bytes. */
  @Benchmark
  public ByteBuffer byteBufferSlice() {
    return ByteBuffer.wrap(bytes).slice(100, 3900);
  }

  /** {@code memoryview(bytes)} and its release. */
  @Benchmark
  public long memoryViewOf() {
    try (MemoryView v = MemoryView.of(bytes)) {
      return v.nbytes();
    }
  }

  /** {@code m[100:4000:3]} on a byte memoryview, and its release. */
  @Benchmark
  public long memoryViewSlice() {
    try (MemoryView s = memory.slice(EVERY_THIRD)) {
      return s.length();
    }
  }

  /** {@code m.cast('i', (112, 64))}, and its release. */
  @Benchmark
  public long memoryViewCast2d() {
    try (MemoryView c = memory.cast("i", ROWS, COLUMNS)) {
      return c.nbytes();
    }
  }

  /** {@code ticks[100:4000:3]} on the record array, and its close. */
  @Benchmark
  public long recordArraySlice() {
    try (RecordArray<TickView> s = ticks.slice(EVERY_THIRD)) {
      return s.length();
    }
  }
}
