package dev.structview.samples.cli;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code structview dump --format FMT [--offset N] [--count N] FILE}: the records of a file, as
 * {@code struct.iter_unpack} reads them, values shown as Python shows them. Records of a few small
 * values print as a table; wider ones one line each, as Python prints the tuple.
 *
 * <p>Memory does not grow with the file or the record: records are read in order through a buffer
 * of fixed size from a file of any size ({@link FileRecords}), or as they come from standard input
 * for {@code -} or from a pipe or device ({@link StreamedRecords}), and decoded and printed one at
 * a time; a table's widths come from its first rows ({@link DumpTable}), and a record of millions
 * of values is written value by value through a bounded buffer.
 */
final class DumpCommand implements Command {
  /** The most values a record may have to print as a table; beyond, a table is too wide to read. */
  static final int MAX_COLUMNS = 32;
  /** The largest record printed as a table: its cells are measured, so they must be small. */
  static final int MAX_TABLE_RECORD = 1024;
  /** How often the line printer checks that the output still takes writes. */
  private static final int CHECK_EVERY = 1024;
  /** How many records the columns of a line-per-record dump of a stream are first sized for. */
  private static final long STREAMED_WIDTH_RECORDS = 1_000_000;

  @Override
  public String name() {
    return "dump";
  }

  @Override
  public String arguments() {
    return "--format FMT [--offset N] [--count N] FILE";
  }

  @Override
  public String summary() {
    return "print a file's records in a struct format, as iter_unpack reads them";
  }

  @Override
  public List<Option> options() {
    return List.of(new Option("format", "FMT", "the records' struct format, such as \"<IhB\" (required)"),
        new Option("offset", "N", "start N bytes in (decimal, or hexadecimal after 0x); default 0"),
        new Option("count", "N", "print N records; default all, which must then end where the input ends"));
  }

  @Override
  public String fileHelp() {
    return "FILE is a path, or - to read standard input, a record at a time as it comes.";
  }

  @Override
  public String example() {
    return "structview dump --format \"<IhB\" --offset 7 --count 2 ticks.bin";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    String format = args.option("format");
    if (format == null) {
      throw new UsageException("dump: --format is required, such as --format \"<IhB\"");
    }
    Struct struct = struct(format);
    Input input = args.input();
    long offset = args.number("offset", 0);
    long count = args.number("count", -1);
    try (Records records = input.isStream() ? StreamedRecords.open(input, struct, offset, count)
        : FileRecords.open(input.channel(), struct, offset, count)) {
      long n = records.count();
      out.printf("%s: %s of \"%s\" (%d bytes each) from offset %d%n%n", Printable.of(input.name()),
          n < 0 ? "records" : n + (n == 1 ? " record" : " records"), Printable.of(format), struct.size(), offset);
      RecordValues values = new RecordValues(struct);
      if (values.count() <= MAX_COLUMNS && struct.size() <= MAX_TABLE_RECORD) {
        table(struct, values).print(records, offset, struct.size(), out);
      } else {
        lines(values, struct.size(), records, offset, out);
      }
      records.finish();
    }
  }

  /**
   * One line per record: its index, its offset and its values as Python prints the tuple. The
   * index and offset columns are as wide as the last record's when that is known before any is
   * read (a file); from a stream they start at a width that holds a million records and widen.
   */
  private static void lines(RecordValues values, long size, Records records, long offset, PrintStream out)
      throws IOException {
    long n = records.count() < 0 ? STREAMED_WIDTH_RECORDS : records.count();
    String last = Long.toString(Math.max(0, n - 1));
    String lastOffset = Long.toString(offset + Math.max(0, n - 1) * size);
    int indexWidth = Math.max(1, last.length());
    int offsetWidth = Math.max("offset".length(), lastOffset.length());
    ChunkedOutput line = new ChunkedOutput(out);
    line.append(String.format("  %" + indexWidth + "s  %" + offsetWidth + "s  values", "#", "offset")).newline();
    for (long i = 0; !(i % CHECK_EVERY == 0 && line.failed()) && records.next(); i++) {
      line.append(String.format("  %" + indexWidth + "d  %" + offsetWidth + "d  ", i, offset + i * size));
      values.writeTuple(records.buffer(), records.start(), line);
      line.newline();
    }
    line.flush();
  }

  private static Struct struct(String format) {
    try {
      Struct struct = Struct.of(format);
      if (struct.size() == 0) {
        throw new UsageException("dump: format \"" + format + "\" is 0 bytes long, so it holds no records");
      }
      return struct;
    } catch (FormatException e) {
      throw new UsageException("dump: bad --format: " + e.getMessage());
    }
  }

  /** One column per value, named by its code: {@code I}, {@code h[0]}, {@code 8s}; numbers right-aligned. */
  private static DumpTable table(Struct struct, RecordValues values) {
    List<String> headers = new ArrayList<>(List.of("#", "offset"));
    List<Boolean> right = new ArrayList<>(List.of(true, true));
    for (FieldLayout f : struct.layout().fields()) {
      String symbol = String.valueOf(f.code().code());
      boolean text = f.code().countIsLength() || f.code().kind() == FormatCode.Kind.CHAR;
      if (f.valueCount() == 0) {
        continue;
      } else if (f.code().countIsLength()) {
        headers.add(f.count() + symbol);
        right.add(false);
      } else {
        for (long i = 0; i < f.valueCount(); i++) {
          headers.add(f.valueCount() == 1 ? symbol : symbol + "[" + i + "]");
          right.add(!text);
        }
      }
    }
    boolean[] rightAligned = new boolean[right.size()];
    for (int c = 0; c < rightAligned.length; c++) {
      rightAligned[c] = right.get(c);
    }
    return new DumpTable(headers, rightAligned, values.cells());
  }

  /** The rows of a table of the records of {@code struct} in {@code buffer}, for tests. */
  static Iterator<List<String>> rows(Struct struct, ByteBuffer buffer, long offset) {
    Records records = MappedRecords.of(buffer, struct, 0, -1);
    return Records.rows(records, new RecordValues(struct), offset, struct.size());
  }
}
