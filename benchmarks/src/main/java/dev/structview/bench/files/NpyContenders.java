package dev.structview.bench.files;

import dev.structview.bench.ticks.FfmTicks;
import dev.structview.npy.Npy;
import dev.structview.npy.NpyHeader;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Every W7 contender over one {@code .npy} file of {@code <IhB} records ({@link NpyFiles}), named as
 * the W7 benchmarks are: what {@code W7Npy} measures and what the agreement checks compare. The
 * opens map and release the file at each call; the column sums map it when first asked for, and
 * keep it until {@link #close()}. Not thread-safe, as a benchmark state.
 */
public final class NpyContenders implements AutoCloseable {
  private final Path file;
  private final int windowBytes;
  private MappedViewTicks array;
  private ViewWindowTicks windows;

  /**
   * The contenders over {@code file}; the windowed one uses windows of {@code windowBytes}
   * ({@link MappedBufferTicks#MAX_WINDOW} to measure; small ones test the window code).
   */
  public NpyContenders(Path file, int windowBytes) {
    this.file = file;
    this.windowBytes = windowBytes;
  }

  /** {@code Npy.map(file)} and its release: the records it views. */
  public long mapClose() {
    try (MemoryView v = Npy.map(file)) {
      return v.shape()[0];
    }
  }

  /** {@code TickView.array(Npy.map(file))}, the format check included, and its release: the records. */
  public long mapArrayClose() {
    try (MappedViewTicks ticks = MappedViewTicks.npy(file)) {
      return ticks.length();
    }
  }

  /**
   * Hand-written FFM (JDK 22+ only): the file mapped into a new arena, shared or confined, its
   * header's length read, the arena closed; the records that leaves.
   */
  public long ffmMapClose(boolean shared) {
    return FfmFileTicks.mapClose(file, shared);
  }

  /** The generated view over {@code Npy.map(file)}, {@code TickView.array(...)}, mapped once. */
  public MappedViewTicks array() {
    if (array == null) {
      array = MappedViewTicks.npy(file);
    }
    return array;
  }

  /**
   * The generated view's own {@code moveTo} over windows of the file's data, mapped once with
   * {@code TickView.map(channel, READ_ONLY, offset, count)} from the header's data offset, after
   * {@code TickView.array(Npy.map(file))} has checked that the dtype is the view's.
   */
  public ViewWindowTicks windows() {
    if (windows == null) {
      try (MappedViewTicks checked = MappedViewTicks.npy(file)) {
        NpyHeader h = Npy.header(file);
        windows = new ViewWindowTicks(file, h.dataOffset(), checked.length(), windowBytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot map " + file, e);
      }
    }
    return windows;
  }

  /** Returns the opens, by benchmark name: each must return the file's record count. */
  public Map<String, LongSupplier> opens() {
    Map<String, LongSupplier> opens = new LinkedHashMap<>();
    opens.put("npyMap", this::mapClose);
    opens.put("npyMapArray", this::mapArrayClose);
    if (FfmTicks.available()) {
      opens.put("ffmMapShared", () -> ffmMapClose(true));
      opens.put("ffmMapConfined", () -> ffmMapClose(false));
    }
    return opens;
  }

  /** Returns the column sums, by benchmark name: each must return the W1c sum (of the ids) of the file. */
  public Map<String, LongSupplier> columnSums() {
    Map<String, LongSupplier> sums = new LinkedHashMap<>();
    sums.put("viewWindows", () -> windows().sumIds());
    sums.put("viewForEach", () -> array().sumIdsForEach());
    sums.put("viewStream", () -> array().sumIdsStream());
    return sums;
  }

  /** Releases the mappings that were made. */
  @Override
  public void close() {
    if (windows != null) {
      windows.close();
      windows = null;
    }
    if (array != null) {
      array.close();
      array = null;
    }
  }
}
