package dev.structview.samples.cli;

import dev.structview.format.Struct;
import dev.structview.samples.io.MalformedFileException;
import java.nio.ByteBuffer;

/** The records of a buffer, checked to be whole before any is printed; {@link FileRecords} reads files. */
final class MappedRecords implements Records {
  private final ByteBuffer records;
  private final int size;
  private final long count;
  private long index = -1;

  private MappedRecords(ByteBuffer records, int size) {
    this.records = records;
    this.size = size;
    this.count = records.remaining() / size;
  }

  /**
   * The {@code count} records (-1: all) of {@code struct} from {@code offset} in {@code data}.
   *
   * @throws MalformedFileException if the file is empty, {@code offset} is past its end, or the
   *     bytes are not whole records
   */
  static MappedRecords of(ByteBuffer data, Struct struct, long offset, long count) {
    long n = wholeRecords(data.remaining(), struct, offset, count);
    long record = struct.size();
    ByteBuffer records = data.duplicate().position((int) offset).limit((int) (offset + n * record)).slice();
    return new MappedRecords(records, (int) record); // a record inside a buffer fits an int
  }

  /**
   * How many records dump reads from a file of {@code size} bytes: {@code count}, or all (-1).
   *
   * @throws MalformedFileException if the file is empty, {@code offset} is past its end, or the
   *     bytes are not whole records
   */
  static long wholeRecords(long size, Struct struct, long offset, long count) {
    if (size == 0) {
      throw new MalformedFileException("the file is empty");
    }
    if (offset > size) {
      throw new MalformedFileException("--offset " + offset + " is past the end of the file (" + size + " bytes)");
    }
    long available = size - offset;
    long record = struct.size();
    if (count < 0 && available % record != 0) {
      throw new MalformedFileException(notWhole(available, offset, record));
    }
    long n = count < 0 ? available / record : count;
    if (n > available / record) {
      throw new MalformedFileException(tooFew(n, available / record, record, offset));
    }
    return n;
  }

  /** The message for bytes that end in a part of a record, when no --count says how many to read. */
  static String notWhole(long available, long offset, long record) {
    String what = available + " bytes from offset " + offset + " are not a whole number of " + record
        + "-byte records (" + plural(available / record, "record") + " and " + plural(available % record, "byte") + ")";
    return available < record ? what + "; they hold no whole record"
        : what + "; pass --count " + available / record + " to read the whole ones";
  }

  /** The message for a --count larger than the records there are. */
  static String tooFew(long asked, long whole, long record, long offset) {
    return "--count " + asked + " asks for more records than the " + whole + " whole " + record
        + "-byte record" + (whole == 1 ? "" : "s") + " from offset " + offset;
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public boolean next() {
    return ++index < count;
  }

  @Override
  public ByteBuffer buffer() {
    return records;
  }

  @Override
  public int start() {
    return (int) (index * size); // inside the records, which fit an int
  }

  @Override
  public long count() {
    return count;
  }
}
