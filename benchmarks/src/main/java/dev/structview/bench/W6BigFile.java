package dev.structview.bench;

import dev.structview.bench.files.FileContenders;
import dev.structview.bench.files.MappedBufferTicks;
import dev.structview.bench.files.TickFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * W6 big file: the W1 scan (all three fields of every {@code "<IhB"} record) over a mapped file of
 * at least 1 GiB, one contender per method, beside the bandwidth baseline: a plain sequential
 * {@code long} sum over the same bytes. The file is {@link TickFiles}'s, made by the first fork
 * and reused after. Each fork maps it once, for the contender it measures, in the first warmup
 * pass; the warmup iterations read it whole (page cache warm, the mapping's pages faulted in), so
 * the measurement is of memory, not disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX})
public class W6BigFile {
  /**
   * The file size ({@link TickFiles#records}): 1 GiB; {@code -p size=5GiB} (past 4 GiB) needs
   * 5 GiB of disk, and of free memory to stay in the page cache.
   */
  @Param({"1GiB"})
  public String size;

  private FileContenders files;

  /**
   * Makes or finds the file in {@link TickFiles#directory()}; each contender maps it when first used.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    setUp(TickFiles.directory(), MappedBufferTicks.MAX_WINDOW);
  }

  /** As {@link #setUp()}, in {@code dir}, with windows of {@code windowBytes}: for tests. */
  void setUp(Path dir, int windowBytes) throws IOException {
    files = new FileContenders(TickFiles.ensure(dir, TickFiles.records(size)), windowBytes);
  }

  /** Releases the mappings; the file stays, for the next fork. */
  @TearDown(Level.Trial)
  public void tearDown() {
    files.close();
  }

  /** The generated view: a for-each over {@code TickView.map(path)}. */
  @Benchmark
  public long viewForEach() {
    return files.view().sumForEach();
  }

  /** The generated view: {@code RecordArray.moveTo(reuse, long i)} over {@code TickView.map(path)}. */
  @Benchmark
  public long viewMoveToIndex() {
    return files.view().sumMoveTo();
  }

  /** The generated view: its own {@code moveTo(offset)} in windows of under 2 GiB. */
  @Benchmark
  public long viewWindows() {
    return files.viewWindows().sumAll();
  }

  /** {@code MemoryView.get(i)}: tens of ns and a list per record, so fewer, longer iterations. */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public long memoryViewGet() {
    return files.memoryView().sumAll();
  }

  /** Hand-written {@code MappedByteBuffer} windows, absolute getters (JDK 17). */
  @Benchmark
  public long mappedByteBuffer() {
    return files.buffers().sumAll();
  }

  /** Hand-written {@code MappedByteBuffer} windows, byte-buffer view VarHandles (JDK 17). */
  @Benchmark
  public long mappedVarHandle() {
    return files.buffers().sumAllVarHandle();
  }

  /** Hand-written {@code MemorySegment}, one for the whole file (JDK 22+ only, as {@code W1Scan.ffmHeap}). */
  @Benchmark
  public long ffmSegment() {
    return files.ffm().sumAll();
  }

  /** The bandwidth baseline on JDK 17: a {@code long} sum over the {@code MappedByteBuffer} windows. */
  @Benchmark
  public long bandwidth() {
    return files.buffers().sumLongs();
  }

  /** The bandwidth baseline on JDK 22+: a {@code long} sum over the {@code MemorySegment} (JDK 22+ only). */
  @Benchmark
  public long ffmBandwidth() {
    return files.ffm().sumLongs();
  }
}
