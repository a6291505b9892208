package dev.structview.samples.cli;

import dev.structview.buffer.Memory;
import dev.structview.format.Struct;
import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The records of a file, of any size, checked to be whole before any is printed, then read in
 * order through one buffer of {@value #BUFFER} bytes: memory does not grow with the file. Reading,
 * not mapping: pages of a mapping that have been read count in the process's resident memory until
 * it is unmapped, so a mapped dump of a large file looks as large as the file. A record larger than
 * the buffer is mapped on its own, read, and unmapped before the next.
 */
final class FileRecords implements Records {
  /** The bytes read at a time: large enough that reads cost nothing beside the printing. */
  static final int BUFFER = 1 << 20;

  private final FileChannel channel;
  private final long first;
  private final long count;
  private final int size;
  private final ByteBuffer buffer;
  private final int perBuffer;
  private Memory mapped; // the current record, when records are larger than the buffer
  private ByteBuffer current;
  private long index = -1;
  private long buffered; // the index of the first record in the buffer
  private int inBuffer;

  private FileRecords(FileChannel channel, long first, long count, int size) {
    this.channel = channel;
    this.first = first;
    this.count = count;
    this.size = size;
    this.perBuffer = BUFFER / size; // 0: each record is mapped
    this.buffer = perBuffer == 0 ? null : ByteBuffer.allocateDirect(perBuffer * size);
  }

  /**
   * The {@code count} records (-1: all) of {@code struct} from {@code offset} in the file open on
   * {@code channel}, which the result closes.
   *
   * @throws MalformedFileException if the file is empty, {@code offset} is past its end, or the
   *     bytes are not whole records
   * @throws IOException if the file's size cannot be read
   */
  static FileRecords open(FileChannel channel, Struct struct, long offset, long count) throws IOException {
    try {
      long n = MappedRecords.wholeRecords(channel.size(), struct, offset, count);
      if (struct.size() > Memory.MAX_BUFFER_BYTES) {
        throw new MalformedFileException("a record of " + struct.size() + " bytes is more than " + Memory.MAX_BUFFER_BYTES
            + ", the most dump reads as one record");
      }
      return new FileRecords(channel, offset, n, (int) struct.size());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public boolean next() throws IOException {
    if (index + 1 >= count) {
      index = count;
      return false;
    }
    index++;
    if (perBuffer == 0) {
      map();
    } else if (index >= buffered + inBuffer) {
      fill();
    }
    return true;
  }

  /** Reads the next records, as many as the buffer holds. */
  private void fill() throws IOException {
    buffered = index;
    inBuffer = (int) Math.min(perBuffer, count - index);
    buffer.clear().limit(inBuffer * size);
    long position = first + index * size;
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the file ended at offset " + (position + buffer.position()) + ", before the "
            + count + " records it held when dump started: it shrank while being read");
      }
    }
    current = buffer.flip(); // position 0: Struct.unpackFrom reads between position and limit
  }

  private void map() throws IOException {
    if (mapped != null) {
      mapped.close();
    }
    try {
      mapped = Memory.map(channel, FileChannel.MapMode.READ_ONLY, first + index * size, size);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    current = mapped.asByteBuffer();
  }

  @Override
  public ByteBuffer buffer() {
    return current;
  }

  @Override
  public int start() {
    return perBuffer == 0 ? 0 : (int) (index - buffered) * size;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    if (mapped != null) {
      mapped.close();
    }
    channel.close();
  }
}
