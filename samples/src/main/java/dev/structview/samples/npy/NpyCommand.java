package dev.structview.samples.npy;

import dev.structview.buffer.Memory;
import dev.structview.npy.Npy;
import dev.structview.npy.NpyHeader;
import dev.structview.npy.NpyRepr;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Option;
import dev.structview.samples.cli.Printable;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code structview npy FILE}: a NumPy {@code .npy} file's format version, dtype (as NumPy prints
 * it, and as the struct format of its buffer), shape and order, then its first rows as NumPy's
 * {@code repr} shows them. The file is read in place, of any size; only the rows shown are read.
 */
public final class NpyCommand implements Command {
  /** How many rows are shown unless {@code --rows} says otherwise. */
  static final long DEFAULT_ROWS = 10;
  static final Option ROWS = new Option("rows", "N", "show the first N rows (along the first axis); default "
      + DEFAULT_ROWS);

  /** The command; it keeps no state between runs. */
  public NpyCommand() {}

  @Override
  public String name() {
    return "npy";
  }

  @Override
  public String arguments() {
    return "[--rows N] FILE";
  }

  @Override
  public String summary() {
    return "show a NumPy .npy file's dtype, shape and order, and its first rows as NumPy prints them";
  }

  @Override
  public List<Option> options() {
    return List.of(ROWS);
  }

  @Override
  public String example() {
    return "structview npy --rows 3 points.npy";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    long rows = args.number(ROWS.name(), DEFAULT_ROWS);
    Input input = args.input();
    try (Memory memory = input.memory(); MemoryView view = Npy.wrap(memory, input.name())) {
      out.println(Printable.of(input.name()) + ": NumPy .npy file");
      print(view, rows, out);
    }
  }

  /** Prints what the command shows of an array a view of {@link Npy} or {@code Npz} holds. */
  static void print(MemoryView view, long rows, PrintStream out) {
    NpyHeader h = Npy.header(view);
    field(out, "version", h.version());
    field(out, "dtype", NpyRepr.dtype(view));
    field(out, "format", "'" + h.format() + "' (" + h.itemsize() + (h.itemsize() == 1 ? " byte)" : " bytes)"));
    field(out, "shape", shape(h.shape()));
    field(out, "order", h.fortranOrder() ? "Fortran (column-major)" : "C (row-major)");
    field(out, "data", h.dataBytes() + " bytes at offset " + h.dataOffset());
    out.println();
    try {
      String repr = NpyRepr.array(view, rows);
      out.println(h.shape().length == 0 ? "the array (0-d):" : "first " + Math.min(rows, h.shape()[0]) + " of "
          + h.shape()[0] + " rows:");
      repr.lines().forEach(line -> out.println(Printable.of(line))); // names and strings come from the file
    } catch (UnsupportedOperationException e) {
      out.println("rows not shown: " + Printable.of(e.getMessage()));
    }
  }

  /** Python's repr of a shape tuple: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
  static String shape(long[] shape) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      s.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return s.append(shape.length == 1 ? ",)" : ")").toString();
  }

  private static void field(PrintStream out, String name, String value) {
    out.printf("  %-8s %s%n", name, Printable.of(value));
  }
}
