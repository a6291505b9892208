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
import java.util.Set;

/**
 * {@code structview dump --format FMT FILE [--offset N] [--count N]}: the records of a file as a
 * table, as {@code struct.iter_unpack} reads them, values shown as Python shows them.
 */
final class DumpCommand implements Command {
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
    ByteBuffer records = records(data, struct, offset, count);
    long n = records.remaining() / struct.size();
    out.printf("%s: %d record%s of \"%s\" (%d bytes each) from offset %d%n%n", Printable.of(file.toString()), n,
        n == 1 ? "" : "s", Printable.of(format), struct.size(), offset);
    table(struct).print(out, rows(struct, records, offset));
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

  /** The rows of the table: index, offset, then the repr of every value. */
  static Iterator<List<String>> rows(Struct struct, ByteBuffer records, long offset) {
    Iterator<List<Object>> values = struct.iterUnpack(records);
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return values.hasNext();
      }

      @Override
      public List<String> next() {
        List<Object> record = values.next();
        List<String> row = new ArrayList<>(record.size() + 2);
        row.add(Long.toString(index));
        row.add(Long.toString(offset + index * struct.size()));
        record.forEach(v -> row.add(PyRepr.of(v)));
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
