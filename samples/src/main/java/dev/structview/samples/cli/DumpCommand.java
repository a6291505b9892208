package dev.structview.samples.cli;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.MappedFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code structview dump --format FMT FILE [--offset N] [--count N]}: the records of a file, as
 * {@code struct.iter_unpack} reads them, values shown as Python shows them. Records of a few small
 * values print as a table; wider ones one line each, as Python prints the tuple.
 *
 * <p>Memory does not grow with the file or the record: records are decoded and printed one at a
 * time from the mapped file, a table's widths come from its first rows ({@link Table}), and a
 * record of millions of values is written value by value through a bounded buffer.
 */
final class DumpCommand implements Command {
  /** The most values a record may have to print as a table; beyond, a table is too wide to read. */
  static final int MAX_COLUMNS = 32;
  /** The largest record printed as a table: its cells are measured, so they must be small. */
  static final int MAX_TABLE_RECORD = 1024;
  /** How often the line printer checks that the output still takes writes. */
  private static final int CHECK_EVERY = 1024;

  @Override
  public String name() {
    return "dump";
  }

  @Override
  public String arguments() {
    return "--format FMT FILE [--offset N] [--count N]";
  }

  @Override
  public String summary() {
    return "print a file's records in a struct format, as iter_unpack reads them";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    String format = args.option("format");
    if (format == null) {
      throw new UsageException("dump: --format is required, such as --format \"<IhB\"");
    }
    Struct struct = struct(format);
    Path file = args.file();
    ByteBuffer data = MappedFile.map(file);
    long offset = args.number("offset", 0);
    long count = args.number("count", -1);
    ByteBuffer records = records(data, struct, offset, count).slice(); // index 0 is the first record's
    long n = records.remaining() / struct.size();
    out.printf("%s: %d record%s of \"%s\" (%d bytes each) from offset %d%n%n", Printable.of(file.toString()), n,
        n == 1 ? "" : "s", Printable.of(format), struct.size(), offset);
    RecordValues values = new RecordValues(struct);
    if (values.count() <= MAX_COLUMNS && struct.size() <= MAX_TABLE_RECORD) {
      table(struct).print(out, rows(struct, records, offset));
    } else {
      lines(values, struct.size(), records, offset, out);
    }
  }

  /**
   * One line per record: its index, its offset and its values as Python prints the tuple. The
   * index and offset columns are as wide as the last record's, which are known before any is read.
   */
  private static void lines(RecordValues values, long size, ByteBuffer records, long offset, PrintStream out) {
    long n = records.remaining() / size;
    String last = Long.toString(Math.max(0, n - 1));
    String lastOffset = Long.toString(offset + Math.max(0, n - 1) * size);
    int indexWidth = Math.max(1, last.length());
    int offsetWidth = Math.max("offset".length(), lastOffset.length());
    ChunkedOutput line = new ChunkedOutput(out);
    line.append(String.format("  %" + indexWidth + "s  %" + offsetWidth + "s  values", "#", "offset")).newline();
    for (long i = 0; i < n && !(i % CHECK_EVERY == 0 && line.failed()); i++) {
      int start = (int) (i * size); // inside the records, which fit an int
      line.append(String.format("  %" + indexWidth + "d  %" + offsetWidth + "d  ", i, offset + i * size));
      values.writeTuple(records, start, line);
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

  /** The bytes of the records to print, after checking that they are whole records. */
  static ByteBuffer records(ByteBuffer data, Struct struct, long offset, long count) {
    long size = data.remaining();
    if (size == 0) {
      throw new MalformedFileException("the file is empty");
    }
    if (offset > size) {
      throw new MalformedFileException("--offset " + offset + " is past the end of the file (" + size + " bytes)");
    }
    long available = size - offset;
    long record = struct.size();
    if (count < 0 && available % record != 0) {
      throw new MalformedFileException(available + " bytes from offset " + offset + " are not a whole number of "
          + record + "-byte records (" + available / record + " records and " + available % record
          + " bytes); pass --count " + available / record + " to read the whole ones");
    }
    long n = count < 0 ? available / record : count;
    if (n > available / record) {
      throw new MalformedFileException("--count " + n + " asks for more records than the " + available / record
          + " whole " + record + "-byte records from offset " + offset);
    }
    return data.duplicate().position((int) offset).limit((int) (offset + n * record));
  }

  /** One column per value, named by its code: {@code I}, {@code h[0]}, {@code 8s}; numbers right-aligned. */
  private static Table table(Struct struct) {
    Table table = new Table().right("#").right("offset");
    for (FieldLayout f : struct.layout().fields()) {
      String symbol = String.valueOf(f.code().code());
      boolean text = f.code().countIsLength() || f.code().kind() == FormatCode.Kind.CHAR;
      if (f.valueCount() == 0) {
        continue;
      } else if (f.code().countIsLength()) {
        table.left(f.count() + symbol);
      } else if (f.valueCount() == 1) {
        column(table, symbol, text);
      } else {
        for (long i = 0; i < f.valueCount(); i++) {
          column(table, symbol + "[" + i + "]", text);
        }
      }
    }
    return table;
  }

  private static void column(Table table, String header, boolean text) {
    if (text) {
      table.left(header);
    } else {
      table.right(header);
    }
  }

  /** The rows of the table, made one at a time: index, offset, then the repr of every value. */
  static Iterator<List<String>> rows(Struct struct, ByteBuffer buffer, long offset) {
    ByteBuffer records = buffer.slice();
    RecordValues values = new RecordValues(struct);
    long n = records.remaining() / struct.size();
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return index < n;
      }

      @Override
      public List<String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<String> row = new ArrayList<>();
        row.add(Long.toString(index));
        row.add(Long.toString(offset + index * struct.size()));
        row.addAll(values.strings(records, (int) (index * struct.size())));
        index++;
        return row;
      }
    };
  }

  @Override
  public Set<String> options() {
    return Set.of("format", "offset", "count");
  }
}
