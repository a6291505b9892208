package dev.structview.bench;

import dev.structview.bench.files.FileContenders;
import dev.structview.bench.files.TickFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W6 big file: the W1 scan (all three fields of every {@code "<IhB"} record) over a mapped file of
 * at least 1 GiB, one contender per method, beside the bandwidth baseline: a plain sequential
 * {@code long} sum over the same bytes. The file is {@link TickFiles}'s, made by the first fork
 * and reused after. Each fork maps it once, for the contender it measures, in the first warmup
 * pass; the warmup iterations read it whole (page cache warm, the mapping's pages faulted in), so
 * the measurement is of memory, not disk.
 */
public class W6BigFile extends BigFileWorkload {
  private FileContenders files;

  /** Makes or finds the file; each contender maps it when first used. */
  @Override
  void setUp(Path dir, int windowBytes) throws IOException {
    files = new FileContenders(TickFiles.ensure(dir, TickFiles.records(size)), windowBytes);
  }

  @Override
  void release() {
    files.close();
  }

  /** The generated view: a for-each over {@code TickView.map(path)}. */
  @Benchmark
  public long viewForEach() {
    return files.view().sumForEach();
  }

  /** The generated view: {@code stream().mapToLong(...).sum()} over {@code TickView.map(path)}. */
  @Benchmark
  public long viewStream() {
    return files.view().sumStream();
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

  /**
   * Hand-written {@code MappedByteBuffer} windows in one loop, which changes window inside it: what
   * a for-each over JDK 17's buffers is, the peer of {@link #viewForEach()} there (JDK 17).
   */
  @Benchmark
  public long mappedOneLoop() {
    return files.buffers().sumOneLoop();
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
