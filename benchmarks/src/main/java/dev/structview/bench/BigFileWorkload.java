package dev.structview.bench;

import dev.structview.bench.files.MappedBufferTicks;
import dev.structview.bench.files.TickFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * What the big-file workloads (W6, W7) share, which JMH applies to their benchmarks as if declared
 * on each: the file's size parameter, its directory ({@link TickFiles#directory()}), windows of
 * {@link MappedBufferTicks#MAX_WINDOW} bytes, the time per pass in milliseconds, 2 warmup and 5
 * measured iterations of 1 s, and one fork with a fixed heap (the mappings are off the heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public abstract class BigFileWorkload {
  /**
   * The file size ({@link TickFiles#records}): 1 GiB; {@code -p size=5GiB} (past 4 GiB) needs
   * 5 GiB of disk, and of free memory to stay in the page cache.
   */
  @Param({"1GiB"})
  public String size;

  /**
   * Makes or finds the file in {@link TickFiles#directory()}, as {@link #setUp(Path, int)} does.
   *
   * @throws IOException if the file cannot be read or written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    setUp(TickFiles.directory(), MappedBufferTicks.MAX_WINDOW);
  }

  /**
   * Makes or finds the file of {@link #size} in {@code dir}, for contenders that map it in windows
   * of {@code windowBytes}; tests call it with a directory of their own.
   *
   * @throws IOException if the file cannot be read or written
   */
  abstract void setUp(Path dir, int windowBytes) throws IOException;

  /** Releases the mappings; the file stays, for the next fork. */
  @TearDown(Level.Trial)
  public void tearDown() {
    release();
  }

  /** Releases what {@link #setUp(Path, int)} mapped. */
  abstract void release();
}
