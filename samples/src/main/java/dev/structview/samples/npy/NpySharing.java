package dev.structview.samples.npy;

import dev.structview.npy.Npy;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of the NumPy sharing sample: maps a {@code .npy} file of ticks that Python made
 * with {@code numpy.lib.format.open_memmap} ({@code src/main/python/npy_sharing.py}), prints them,
 * and marks each as seen (its flags' top bit) in place, in the file Python maps too:
 *
 * <pre>
 * python3.11 samples/src/main/python/npy_sharing.py create ticks.npy
 * java -cp samples/target/structview.jar dev.structview.samples.npy.NpySharing ticks.npy
 * python3.11 samples/src/main/python/npy_sharing.py show ticks.npy     # the flags Java set
 * </pre>
 *
 * <p>A file that is missing, not a {@code .npy}, or whose dtype does not hold the view's values at
 * the view's offsets gets one line on standard error and exit status 2.
 */
public final class NpySharing {
  /** The flag Java sets on every tick it has seen. */
  public static final int SEEN = 0x80;

  private NpySharing() {}

  /**
   * Prints the ticks of the file named by the one argument, then marks them seen and prints them again.
   *
   * @param args the file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: NpySharing FILE.npy (make one with: python3.11 npy_sharing.py create FILE.npy)");
      System.exit(2);
    }
    try {
      run(Path.of(args[0]), System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {   // NpyFormatException is one
      System.err.println("NpySharing: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Maps {@code file} writable, prints its ticks, marks them seen, prints them again. */
  static void run(Path file, PrintStream out) {
    try (MemoryView npy = Npy.map(file, FileChannel.MapMode.READ_WRITE);   // numpy.load(f, mmap_mode="r+")
         RecordArray<TickView> ticks = TickView.array(npy)) {             // checks the dtype against Tick's format
      out.println(file + ": " + ticks.length() + " ticks of format " + npy.format() + ", "
          + npy.itemsize() + " bytes each");
      lines(ticks).forEach(out::println);
      markSeen(ticks);
      out.println("marked seen (flags | 0x80), in the file:");
      lines(ticks).forEach(out::println);
    }
  }

  /** Returns the ticks as {@code npy_sharing.py show} prints them: {@code "id delta flags"}. */
  public static List<String> lines(RecordArray<TickView> ticks) {
    List<String> lines = new ArrayList<>();
    for (TickView t : ticks) {
      lines.add(t.id() + " " + t.delta() + " " + t.flags());
    }
    return lines;
  }

  /** Sets {@link #SEEN} in every tick's flags, in place. */
  public static void markSeen(RecordArray<TickView> ticks) {
    for (TickView t : ticks) {
      t.flags(t.flags() | SEEN);
    }
  }
}
