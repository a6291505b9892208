package dev.structview.samples.zip;

import dev.structview.buffer.Memory;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import dev.structview.zip.ZipArchive;
import dev.structview.zip.ZipEntryInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code structview zip FILE}: lists a ZIP or JAR archive's entries with their offsets, methods,
 * sizes, CRC-32s and dates, as {@code unzip -v} does, read by {@link ZipArchive}.
 *
 * <p>The directory is walked twice, holding one entry at a time: first, as the archive opens, to
 * check all of it (a malformed archive prints nothing but its one line of error) and add up the
 * sizes, then to print it. So memory does not grow with the number of entries, and the file may be
 * of any size.
 */
public final class ZipCommand implements Command {
  /** Creates the command. */
  public ZipCommand() {}

  @Override
  public String name() {
    return "zip";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "list a ZIP or JAR archive's entries: offsets, methods, sizes, CRC-32s, dates";
  }

  @Override
  public String example() {
    return "structview zip samples/target/structview.jar";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    Input input = args.input();
    try (Memory memory = input.memory(); ZipArchive archive = ZipArchive.of(memory)) {
      header(out, input.name(), archive);
      out.println();
      new Table().right("offset").left("method").right("compressed").right("size").right("saved").left("CRC-32")
          .left("modified").left("name").print(out, archive.entries().map(ZipCommand::row).iterator());
      out.printf("%n  %s: %d bytes, %d compressed, %s saved%n", entries(archive.entryCount()), archive.totalSize(),
          archive.totalCompressedSize(), saved(archive.totalCompressedSize(), archive.totalSize()));
    }
  }

  private static void header(PrintStream out, String name, ZipArchive archive) {
    out.printf("%s: %s, central directory at offset %d (%d bytes), %s%n", Printable.of(name),
        entries(archive.entryCount()), archive.centralDirectoryOffset(), archive.centralDirectorySize(),
        archive.zip64() ? "ZIP64" : "no ZIP64");
    if (!archive.comment().isEmpty()) {
      out.println("comment: \"" + Printable.of(archive.comment()) + "\"");
    }
    if (archive.prefixLength() > 0) {
      out.println(archive.prefixLength() + " bytes precede the archive (a self-extracting stub?); its offsets count"
          + " from there");
    }
  }

  private static String entries(long n) {
    return n + (n == 1 ? " entry" : " entries");
  }

  private static List<String> row(ZipEntryInfo e) {
    return List.of(Long.toString(e.localHeaderOffset()), e.methodName() + (e.encrypted() ? " (encrypted)" : ""),
        Long.toString(e.compressedSize()), Long.toString(e.size()), saved(e.compressedSize(), e.size()),
        hex8(e.crc32()), e.modified().toString(), e.name()); // Table makes every cell printable
  }

  /** {@code %08x} without a Formatter, which costs more than the rest of the row. */
  static String hex8(long crc32) {
    String hex = Long.toHexString(crc32);
    return hex.length() >= 8 ? hex : "00000000".substring(hex.length()) + hex;
  }

  /** The space compression saved, as {@code unzip -v}'s "Cmpr" column: negative when data grew. */
  static String saved(long compressed, long size) {
    if (size == 0) {
      return "0%";
    }
    return Math.round(100.0 * (size - (double) compressed) / size) + "%";
  }
}
