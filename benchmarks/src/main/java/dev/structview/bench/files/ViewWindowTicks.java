package dev.structview.bench.files;

import dev.structview.bench.records.TickView;
import dev.structview.view.RecordArray;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated view moved by its own {@code moveTo(int offset)}, W1's fastest loop, over a file
 * mapped in windows of under 2 GiB with {@code TickView.map(channel, READ_ONLY, offset, count)}:
 * what a user writes to keep that loop past 2 GiB, and the view's match for
 * {@link MappedBufferTicks}' windows. W7 maps the data of a {@code .npy} file so, past its header.
 */
public final class ViewWindowTicks implements AutoCloseable {
  private final List<RecordArray<TickView>> windows = new ArrayList<>();
  /** One view per window, made once: a window's {@code moveTo(offset)} counts from its first record. */
  private final TickView[] views;
  private final int[] ends;

  /**
   * Maps {@code file} read-only in windows of {@code windowBytes} (a multiple of the record size).
   *
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code windowBytes} is not a positive multiple of the record size
   */
  public ViewWindowTicks(Path file, int windowBytes) throws IOException {
    this(file, 0, Files.size(file) / TickView.SIZE, windowBytes);
  }

  /**
   * Maps {@code records} records of {@code file} from byte {@code offset} (past a {@code .npy}
   * header, say) read-only in windows of {@code windowBytes} (a multiple of the record size).
   *
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code windowBytes} is not a positive multiple of the record size
   */
  public ViewWindowTicks(Path file, long offset, long records, int windowBytes) throws IOException {
    if (windowBytes <= 0 || windowBytes % TickView.SIZE != 0) {
      throw new IllegalArgumentException("windowBytes=" + windowBytes + ": expected a positive multiple of "
          + TickView.SIZE);
    }
    int windowRecords = windowBytes / TickView.SIZE;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (long first = 0; first < records; first += windowRecords) {
        windows.add(TickView.map(channel, FileChannel.MapMode.READ_ONLY, offset + first * TickView.SIZE,
            Math.min(windowRecords, records - first)));
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    views = new TickView[windows.size()];
    ends = new int[windows.size()];
    for (int k = 0; k < views.length; k++) {
      views[k] = windows.get(k).moveTo(null, 0L);
      ends[k] = Math.toIntExact(windows.get(k).length() * TickView.SIZE);
    }
  }

  /** W6 with each window's view moved by {@code moveTo(offset)}. */
  public long sumAll() {
    long sum = 0;
    for (int k = 0; k < views.length; k++) {
      sum += sum(views[k], ends[k]);
    }
    return sum;
  }

  private static long sum(TickView t, int end) {
    long sum = 0;
    for (int offset = 0; offset < end; offset += TickView.SIZE) {
      t.moveTo(offset);
      sum += t.id() + t.delta() + t.flags();
    }
    return sum;
  }

  /** W7's column: the sum of the ids, each window's view moved by {@code moveTo(offset)}. */
  public long sumIds() {
    long sum = 0;
    for (int k = 0; k < views.length; k++) {
      TickView t = views[k];
      for (int offset = 0, end = ends[k]; offset < end; offset += TickView.SIZE) {
        sum += t.moveTo(offset).id();
      }
    }
    return sum;
  }

  /** Releases every window's mapping. */
  @Override
  public void close() {
    windows.forEach(RecordArray::close);
  }
}
