package dev.structview.samples.cli;

import dev.structview.format.Struct;
import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The records of a stream (standard input, a pipe, a device), read one at a time into one buffer
 * of a record's size: memory
 * does not grow with the input. How many records there are is known only at the end, so a last
 * record cut short, or a {@code --count} beyond the end, is reported after the records before it
 * ({@link #finish()}), where a file reports it before printing anything.
 */
final class StreamedRecords implements Records {
  private static final int SKIP_CHUNK = 8192;

  private final InputStream in;
  private final long offset;
  private final long wanted;
  private final ByteBuffer record;
  private long read; // whole records read so far
  private int partial; // bytes of a record cut short by the end of the input
  private boolean pending; // the first record, read by open(), is not handed out yet
  private boolean ended;

  private StreamedRecords(InputStream in, long offset, long wanted, int size) {
    this.in = in;
    this.offset = offset;
    this.wanted = wanted;
    this.record = ByteBuffer.allocate(size);
  }

  /**
   * Skips to {@code offset} in {@code input} and reads the first record, so that an empty input or
   * an offset past its end is reported before anything is printed.
   *
   * @param count how many records to read, or -1 for all
   * @throws Input.TooLargeException if a record is larger than what is held from a stream
   * @throws MalformedFileException if the input is empty or ends before {@code offset}
   * @throws IOException if the input cannot be read
   */
  static StreamedRecords open(Input input, Struct struct, long offset, long count) throws IOException {
    if (struct.size() > input.limit()) {
      throw new Input.TooLargeException("a record of " + struct.size() + " bytes is larger than the "
          + Input.mebibytes(input.limit()) + " structview holds of " + input.streamKind() + ", so save it to a file"
          + " and pass the file instead");
    }
    StreamedRecords records = new StreamedRecords(input.stream(), offset, count, (int) struct.size());
    try {
      long skipped = records.skip();
      if (skipped < offset) {
        throw new MalformedFileException(skipped == 0 ? "it is empty" : "--offset " + offset + " is past the end of "
            + (input.isStandardInput() ? "standard input" : "the input") + " (" + skipped + " bytes)");
      }
      records.pending = records.readRecord();
      if (offset == 0 && !records.pending && records.partial == 0 && count != 0) {
        throw new MalformedFileException("it is empty");
      }
      return records;
    } catch (IOException | RuntimeException e) {
      records.close();
      throw e;
    }
  }

  /** Reads and drops the bytes before the offset: a stream may be a pipe, which cannot seek. */
  private long skip() throws IOException {
    byte[] drop = new byte[(int) Math.min(SKIP_CHUNK, Math.max(1, offset))];
    long skipped = 0;
    while (skipped < offset) {
      int n = in.read(drop, 0, (int) Math.min(drop.length, offset - skipped));
      if (n < 0) {
        break;
      }
      skipped += n;
    }
    return skipped;
  }

  /** Reads the next record into the buffer; false at the end (or when --count records are read). */
  private boolean readRecord() throws IOException {
    if (ended || (wanted >= 0 && read >= wanted)) {
      return false;
    }
    int n = in.readNBytes(record.array(), 0, record.capacity());
    if (n < record.capacity()) {
      ended = true;
      partial = n;
      return false;
    }
    read++;
    return true;
  }

  @Override
  public boolean next() throws IOException {
    if (pending) {
      pending = false;
      return true;
    }
    return readRecord();
  }

  @Override
  public ByteBuffer buffer() {
    return record;
  }

  @Override
  public int start() {
    return 0;
  }

  @Override
  public long count() {
    return -1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public void finish() {
    if (wanted < 0 && partial > 0) {
      throw new MalformedFileException(MappedRecords.notWhole(read * record.capacity() + partial, offset,
          record.capacity()));
    }
    if (wanted >= 0 && read < wanted) {
      throw new MalformedFileException(MappedRecords.tooFew(wanted, read, record.capacity(), offset));
    }
  }
}
