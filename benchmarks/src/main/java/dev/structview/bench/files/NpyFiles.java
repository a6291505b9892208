package dev.structview.bench.files;

import dev.structview.bench.records.NamedTickView;
import dev.structview.npy.Npy;
import dev.structview.npy.NpyFormatException;
import dev.structview.npy.NpyHeader;
import dev.structview.view.RecordArray;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The W7 file: a {@code .npy} of dtype {@code [('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]}
 * whose records are {@link TickFiles}' (TickData's records 0..n-1), written by {@link Npy#write}
 * from the W6 file (made first, if it is not there) and reused, as the W6 file is, by later forks
 * and runs that find it whole: its header right and 64 records spread over its data holding
 * TickData's values.
 */
public final class NpyFiles {
  /** The format NumPy exports for the file's dtype, and {@link Npy#map} reports. */
  public static final String FORMAT = "T{=I:id:h:delta:B:flags:}";

  private NpyFiles() {}

  /**
   * Returns the file of {@code records} records in {@code dir}, written first unless a whole one is
   * there.
   *
   * @throws IOException if a file cannot be read or written
   * @throws IllegalStateException if {@code dir} has too little usable space for a new file
   * @throws IllegalArgumentException if {@code records} is not in 1..{@link TickFiles#MAX_RECORDS}
   */
  public static Path ensure(Path dir, long records) throws IOException {
    if (records < 1 || records > TickFiles.MAX_RECORDS) {
      throw new IllegalArgumentException("records=" + records + ": expected 1.." + TickFiles.MAX_RECORDS);
    }
    Path file = dir.resolve("structview-ticks-" + records + ".npy");
    if (!holds(file, records)) {
      Path raw = TickFiles.ensure(dir, records);
      TickFiles.writeWhole(dir, file, Files.size(raw), partial -> {
        try (RecordArray<NamedTickView> ticks = NamedTickView.map(raw)) {
          Npy.write(partial, ticks);
        }
      });
    }
    return file;
  }

  /** Returns whether {@code file} is a {@code .npy} of exactly {@code records} TickData records. */
  static boolean holds(Path file, long records) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    NpyHeader h;
    try {
      h = Npy.header(file);
    } catch (NpyFormatException e) {
      return false;
    }
    return h.format().equals(FORMAT) && Arrays.equals(h.shape(), new long[] {records})
        && h.dataOffset() + h.dataBytes() == Files.size(file) && TickFiles.holdsAt(file, h.dataOffset(), records);
  }

  /**
   * Reads the whole file once, so that it is in the page cache when it is measured; returns the
   * bytes read.
   *
   * @throws IOException if the file cannot be read
   */
  public static long readWhole(Path file) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20);
    long total = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int n; (n = channel.read(chunk.clear())) >= 0; ) {
        total += n;
      }
    }
    return total;
  }
}
