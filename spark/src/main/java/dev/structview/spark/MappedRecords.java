package dev.structview.spark;

import dev.structview.buffer.Memory;
import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run of records of a local file, mapped read-only with {@link Memory#map}: files of any size,
 * a batch's records sliced from the mapping with no copy. The mapping is released by
 * {@link #close()}; a file truncated while it is mapped fails as any mapped read does.
 */
final class MappedRecords implements RecordSource {
  private final Memory memory;
  private final long recordSize;
  private long position;

  /**
   * Maps {@code count} records of {@code recordSize} bytes from byte {@code start} of a file.
   *
   * @throws IOException if the file cannot be opened, or is now shorter than the run
   */
  MappedRecords(Path file, long start, long count, long recordSize) throws IOException {
    this.recordSize = recordSize;
    long bytes = count * recordSize; // a run of records the listing found in the file: no overflow
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() < start + bytes) {
        throw new IOException("file " + file + " has " + channel.size() + " bytes, fewer than the " + (start + bytes)
            + " it had when listed: it changed while being read");
      }
      this.memory = Memory.map(channel, FileChannel.MapMode.READ_ONLY, start, bytes);
    }
  }

  @Override
  public ByteStore next(int records) {
    int bytes = (int) (records * recordSize); // a batch: at most one record or RecordLayout.BATCH_BYTES
    ByteStore store = ByteStore.of(memory.slice(position, bytes));
    position += bytes;
    return store;
  }

  @Override
  public void close() {
    memory.close();
  }
}
