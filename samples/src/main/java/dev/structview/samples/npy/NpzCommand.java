package dev.structview.samples.npy;

import dev.structview.buffer.Memory;
import dev.structview.npy.NpyFormatException;
import dev.structview.npy.NpyHeader;
import dev.structview.npy.Npz;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import dev.structview.zip.ZipEntryInfo;
import dev.structview.zip.ZipFormatException;
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
 *
 * <p>Every member is listed, as {@code unzip -v} lists what it can. A member whose header is not
 * read is listed as {@code (not read)}, and a last column says why: it is encrypted or compressed by
 * another method than deflate, or its {@code .npy} header is not one structview views (a dtype with
 * no buffer format, such as {@code datetime64} or {@code object}; an itemsize of 0; a header cut
 * short). None of these fails the listing, as {@code npy} prints an array whose rows it cannot show
 * and says why. A member whose compressed data is corrupt is listed so too, and then the command
 * fails on it, after the listing, with one line and status 2: the archive is not whole, as
 * {@code dump} reports a stream that ends short after the records before it.
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
      List<Member> members = new ArrayList<>();
      for (String name : names) {
        members.add(Member.read(npz, input.name(), name));
      }
      long unread = members.stream().filter(m -> m.why() != null).count();
      out.println(Printable.of(input.name()) + ": NumPy .npz archive, " + names.size()
          + (names.size() == 1 ? " array" : " arrays") + (unread == 0 ? "" : " (" + unread + " not read)"));
      out.println();
      Table table = new Table().left("name").left("dtype").left("shape").left("order").left("method").right("size")
          .right("compressed");
      if (unread > 0) {
        table.left("why not read");
      }
      table.print(out, members.stream().map(m -> m.cells(unread > 0)).toList()); // Table makes every cell printable
      for (Member m : members) {
        if (m.corrupt() != null) {
          throw m.corrupt(); // the first; the listing shows every one
        }
      }
    }
  }

  /**
   * One member's row: what its header says, or why it was not read; and, when its compressed data
   * is corrupt, the failure to report after the listing.
   */
  private record Member(List<String> columns, String why, ZipFormatException corrupt) {
    static Member read(Npz npz, String file, String name) {
      ZipEntryInfo e = npz.entry(name);
      String method = e.methodName() + (e.encrypted() ? " (encrypted)" : "");
      String size = Long.toString(e.size());
      String compressed = Long.toString(e.compressedSize());
      Optional<NpyHeader> header;
      try {
        header = npz.header(name);
      } catch (UnsupportedOperationException x) { // encrypted, or compressed by a method not read
        return notRead(name, method, size, compressed, x.getMessage(), null);
      } catch (NpyFormatException x) {
        return notRead(name, method, size, compressed, problem(x, file, e), null);
      } catch (ZipFormatException x) {
        return notRead(name, method, size, compressed, x.problem(), x);
      }
      if (header.isEmpty()) {
        return new Member(List.of(name, "(not .npy: bytes)", "(" + e.size() + ",)", "-", method, size, compressed),
            null, null);
      }
      NpyHeader h = header.get();
      return new Member(List.of(name, h.descr(), NpyCommand.shape(h.shape()), h.fortranOrder() ? "F" : "C", method,
          size, compressed), null, null);
    }

    private static Member notRead(String name, String method, String size, String compressed, String why,
        ZipFormatException corrupt) {
      return new Member(List.of(name, "(not read)", "-", "-", method, size, compressed), why, corrupt);
    }

    /**
     * The exception's problem without the source Npz puts first ({@code FILE member "a.npy": }):
     * the row already names the member.
     */
    private static String problem(NpyFormatException x, String file, ZipEntryInfo e) {
      String source = file + " member \"" + e.name() + "\": ";
      String message = x.getMessage();
      return message.startsWith(source) ? message.substring(source.length()) : message;
    }

    /** The row, with the last column when the table has it. */
    List<String> cells(boolean withWhy) {
      if (!withWhy) {
        return columns;
      }
      List<String> cells = new ArrayList<>(columns);
      cells.add(why == null ? "" : why);
      return cells;
    }
  }
}
