package dev.structview.bench;

import dev.structview.bench.files.NpyContenders;
import dev.structview.bench.files.NpyFiles;
import dev.structview.bench.files.TickFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W7 NumPy file: a structured {@code .npy} of at least 1 GiB ({@link NpyFiles}: dtype
 * {@code [('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]}, W6's records), opened, and its
 * {@code id} column summed through the generated view, beside NumPy's
 * {@code numpy.load(f, mmap_mode='r')['id'].sum()} on the same file, which the runner times with
 * {@code python3.11} right after ({@link NumPyTimes}). Each fork reads the whole file once in its
 * setup, so that it is in the page cache; the column sums map it once, on their first pass. On
 * JDK 22+, two hand-written opens map the file into an arena of each kind and close it, beside
 * {@code Npy.map}, whose JDK 22 body maps into a shared one. The opens warm up longer: the
 * header parser, the format parser and the layout check take some 8 s of calls to be compiled, and
 * NumPy's side has no compiler to wait for.
 */
public class W7Npy extends BigFileWorkload {
  private NpyContenders npy;

  /** Makes or finds the {@code .npy} file, reads it once (into the page cache), and its contenders. */
  @Override
  void setUp(Path dir, int windowBytes) throws IOException {
    Path file = NpyFiles.ensure(dir, TickFiles.records(size));
    NpyFiles.readWhole(file);
    npy = new NpyContenders(file, windowBytes);
  }

  @Override
  void release() {
    npy.close();
  }

  /** {@code Npy.map(file)}, then its release: the header parsed, the file mapped and unmapped. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 4, time = 2)
  public long npyMap() {
    return npy.mapClose();
  }

  /** {@code TickView.array(Npy.map(file))}, then its release: the same and the format check. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 4, time = 2)
  public long npyMapArray() {
    return npy.mapArrayClose();
  }

  /**
   * Hand-written FFM (JDK 22+ only): the file mapped into a shared arena, its header's length read,
   * the arena closed. What {@code Npy.map}'s JDK 22 body does, less the header's parse.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 4, time = 2)
  public long ffmMapShared() {
    return npy.ffmMapClose(true);
  }

  /**
   * The same in a confined arena (JDK 22+ only), which only its own thread may read: its close
   * needs no handshake with the other threads, which a shared arena's does.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 4, time = 2)
  public long ffmMapConfined() {
    return npy.ffmMapClose(false);
  }

  /** The column through the view's own {@code moveTo(offset)}, over windows of the data. */
  @Benchmark
  public long viewWindows() {
    return npy.windows().sumIds();
  }

  /** The column through a for-each over {@code TickView.array(Npy.map(file))}. */
  @Benchmark
  public long viewForEach() {
    return npy.array().sumIdsForEach();
  }

  /** The column through {@code ticks.stream().mapToLong(TickView::id).sum()}, as the README sums one. */
  @Benchmark
  public long viewStream() {
    return npy.array().sumIdsStream();
  }
}
