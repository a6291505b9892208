package dev.structview.bench.files;

import dev.structview.bench.ticks.FfmTicks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Every W6 contender over one file, named as the W6 benchmarks are: what {@code W6BigFile}
 * measures and what the agreement checks compare. Each contender maps the file itself, when it is
 * first asked for: a W6 fork maps only what it measures, and a contender that cannot map a file
 * fails alone. Closing releases every mapping that was made and can be released
 * ({@link MappedBufferTicks} explains the exception). Not thread-safe, as a benchmark state.
 */
public final class FileContenders implements AutoCloseable {
  private final Path file;
  private final int windowBytes;
  private final List<AutoCloseable> mappings = new ArrayList<>();
  private MappedViewTicks view;
  private ViewWindowTicks viewWindows;
  private MemoryViewFileTicks memoryView;
  private MappedBufferTicks buffers;
  private FfmFileTicks ffm;

  /**
   * The contenders over {@code file}; the windowed ones use windows of {@code windowBytes}
   * ({@link MappedBufferTicks#MAX_WINDOW} to measure; small ones test the window code).
   *
   * @throws IllegalArgumentException if {@code windowBytes} is not a positive multiple of 56
   */
  public FileContenders(Path file, int windowBytes) {
    if (windowBytes <= 0 || windowBytes % 56 != 0) {
      throw new IllegalArgumentException("windowBytes=" + windowBytes + ": expected a positive multiple of 56");
    }
    this.file = file;
    this.windowBytes = windowBytes;
  }

  /** The generated view over the whole file ({@code TickView.map(path)}). */
  public MappedViewTicks view() {
    if (view == null) {
      view = keep(new MappedViewTicks(file));
    }
    return view;
  }

  /** The generated view's own {@code moveTo} over windows of the file. */
  public ViewWindowTicks viewWindows() {
    if (viewWindows == null) {
      try {
        viewWindows = keep(new ViewWindowTicks(file, windowBytes));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot map " + file, e);
      }
    }
    return viewWindows;
  }

  /** A {@code "<IhB"} memoryview of the file's records. */
  public MemoryViewFileTicks memoryView() {
    if (memoryView == null) {
      memoryView = keep(new MemoryViewFileTicks(file));
    }
    return memoryView;
  }

  /** Hand-written {@code MappedByteBuffer} windows, and the JDK 17 bandwidth baseline. */
  public MappedBufferTicks buffers() {
    if (buffers == null) {
      try {
        buffers = new MappedBufferTicks(file, windowBytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot map " + file, e);
      }
    }
    return buffers;
  }

  /** Hand-written {@code MemorySegment} (JDK 22+), and the JDK 22+ bandwidth baseline. */
  public FfmFileTicks ffm() {
    if (ffm == null) {
      ffm = keep(new FfmFileTicks(file));
    }
    return ffm;
  }

  private <T extends AutoCloseable> T keep(T mapping) {
    mappings.add(mapping);
    return mapping;
  }

  /** Returns the record scans this JVM runs, by benchmark name: each must return the W1 sum of the file. */
  public Map<String, LongSupplier> scans() {
    Map<String, LongSupplier> scans = new LinkedHashMap<>();
    scans.put("viewForEach", () -> view().sumForEach());
    scans.put("viewStream", () -> view().sumStream());
    scans.put("viewMoveToIndex", () -> view().sumMoveTo());
    scans.put("viewWindows", () -> viewWindows().sumAll());
    scans.put("memoryViewGet", () -> memoryView().sumAll());
    scans.put("mappedByteBuffer", () -> buffers().sumAll());
    scans.put("mappedVarHandle", () -> buffers().sumAllVarHandle());
    scans.put("mappedOneLoop", () -> buffers().sumOneLoop());
    if (FfmTicks.available()) {
      scans.put("ffmSegment", () -> ffm().sumAll());
    }
    return scans;
  }

  /** Returns the bandwidth baselines this JVM runs, by benchmark name: each must return {@link TickFiles#longSum}. */
  public Map<String, LongSupplier> bandwidths() {
    Map<String, LongSupplier> sums = new LinkedHashMap<>();
    sums.put("bandwidth", () -> buffers().sumLongs());
    if (FfmTicks.available()) {
      sums.put("ffmBandwidth", () -> ffm().sumLongs());
    }
    return sums;
  }

  /** Releases the mappings that were made, last first. */
  @Override
  public void close() {
    for (int k = mappings.size() - 1; k >= 0; k--) {
      try {
        mappings.get(k).close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot release " + mappings.get(k), e);
      }
    }
    mappings.clear();
  }
}
