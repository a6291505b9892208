package dev.structview.samples.npy;

import dev.structview.buffer.Memory;
import dev.structview.npy.NpyHeader;
import dev.structview.npy.Npz;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import dev.structview.zip.ZipEntryInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code structview npz FILE}: lists a NumPy {@code .npz} archive's members as
 * {@code numpy.load(f).files} names them, each with its dtype, shape and order (read from its
 * header alone: a deflated member is inflated only that far), whether it is stored or deflated, and
 * its sizes. A member that is no {@code .npy} image (NumPy allows any) is listed as bytes.
 */
public final class NpzCommand implements Command {
  /** The command; it keeps no state between runs. */
  public NpzCommand() {}

  @Override
  public String name() {
    return "npz";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "list a NumPy .npz archive's arrays: dtype, shape, order, stored or deflated, sizes";
  }

  @Override
  public String example() {
    return "structview npz arrays.npz";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    Input input = args.input();
    try (Memory memory = input.memory(); Npz npz = Npz.of(memory, input.name())) {
      List<String> names = npz.names();
      out.println(Printable.of(input.name()) + ": NumPy .npz archive, " + names.size()
          + (names.size() == 1 ? " array" : " arrays"));
      out.println();
      List<List<String>> rows = new ArrayList<>();
      for (String name : names) {
        rows.add(row(npz, name));
      }
      new Table().left("name").left("dtype").left("shape").left("order").left("method").right("size")
          .right("compressed").print(out, rows); // Table makes every cell printable
    }
  }

  private static List<String> row(Npz npz, String name) {
    ZipEntryInfo e = npz.entry(name);
    String method = e.methodName() + (e.encrypted() ? " (encrypted)" : "");
    String size = Long.toString(e.size());
    String compressed = Long.toString(e.compressedSize());
    Optional<NpyHeader> header;
    try {
      header = npz.header(name);
    } catch (UnsupportedOperationException x) { // encrypted, or compressed by a method not read
      return List.of(name, "(not read)", "-", "-", method, size, compressed);
    }
    if (header.isEmpty()) {
      return List.of(name, "(not .npy: bytes)", "(" + e.size() + ",)", "-", method, size, compressed);
    }
    NpyHeader h = header.get();
    return List.of(name, h.descr(), NpyCommand.shape(h.shape()), h.fortranOrder() ? "F" : "C", method, size,
        compressed);
  }
}
