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
  /** The bytes of traditional PKWARE encryption's header, which unzip leaves out of an entry's ratio. */
  private static final int ENCRYPTION_HEADER = 12;
  /** The largest size whose ratio unzip computes as {@code 1000 * difference / size}. */
  private static final long LARGE = 2_000_000;

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
      Rows rows = new Rows();
      new Table().right("offset").left("method").right("compressed").right("size").right("saved").left("CRC-32")
          .left("modified").left("name").print(out, archive.entries().map(rows::row).iterator());
      long compressed = archive.totalCompressedSize();
      out.printf("%n  %s: %d bytes, %d compressed, %s saved%n", entries(archive.entryCount()), archive.totalSize(),
          compressed, saved(compressed - rows.encryptionHeaderBytes, archive.totalSize()));
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

  /** Makes the rows, adding up what unzip leaves out of the total's ratio. */
  private static final class Rows {
    private long encryptionHeaderBytes;

    List<String> row(ZipEntryInfo e) {
      long compressed = e.compressedSize();
      if (e.encrypted()) {
        encryptionHeaderBytes += ENCRYPTION_HEADER;
      }
      return List.of(Long.toString(e.localHeaderOffset()), e.methodName() + (e.encrypted() ? " (encrypted)" : ""),
          Long.toString(compressed), Long.toString(e.size()),
          saved(e.encrypted() ? compressed - ENCRYPTION_HEADER : compressed, e.size()), hex8(e.crc32()),
          e.modified().toString(), e.name()); // Table makes every cell printable
    }
  }

  /** {@code %08x} without a Formatter, which costs more than the rest of the row. */
  static String hex8(long crc32) {
    String hex = Long.toHexString(crc32);
    return hex.length() >= 8 ? hex : "00000000".substring(hex.length()) + hex;
  }

  /**
   * The space compression saved, exactly as {@code unzip -v}'s "Cmpr" column shows it (Info-ZIP
   * UnZip 6.0, list.c: {@code ratio()} and its callers). The ratio is first taken in per mille,
   * rounded half up, then rounded half up again to a percentage: so 48 compressed of 88 bytes
   * (45.45%) is 455 per mille and shows {@code 46%}. Growth shows as a negative ratio rounded the
   * same way from its magnitude, and growth of less than 0.5% as {@code -0%}; a magnitude that
   * rounds to 100 shows as {@code 100%} whatever its sign (data that doubled, too). Above 2,000,000
   * bytes unzip divides by {@code size / 1000} instead, and so does this. The arithmetic is unzip's
   * own, unsigned 64-bit with C's truncations, so that even a size an encrypted entry's header
   * makes negative shows what unzip shows.
   *
   * @param compressed the compressed size, less the 12-byte encryption header of an encrypted
   *     entry, as unzip counts it
   * @param size the uncompressed size
   */
  static String saved(long compressed, long size) {
    int perMille = perMille(size, compressed);
    int percent = ((perMille < 0 ? -perMille : perMille) + 5) / 10;
    if (percent == 100) {
      return "100%";
    }
    return (perMille < 0 ? "-" : "") + percent + "%";
  }

  /** unzip's {@code ratio(uc, c)}: the space saved in per mille, both sizes unsigned. */
  private static int perMille(long uc, long c) {
    if (uc == 0) {
      return 0;
    }
    boolean saved = Long.compareUnsigned(uc, c) >= 0;
    long difference = saved ? uc - c : c - uc;
    long denominator = uc;
    if (Long.compareUnsigned(uc, LARGE) <= 0) {
      difference *= 1000; // wraps as unzip's unsigned multiplication does
    } else {
      denominator = Long.divideUnsigned(uc, 1000);
    }
    int magnitude = (int) Long.divideUnsigned(difference + (denominator >>> 1), denominator); // C's (int) cast
    return saved ? magnitude : -magnitude;
  }
}
