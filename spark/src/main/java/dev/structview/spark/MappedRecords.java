package dev.structview.spark;

import dev.structview.buffer.Memory;
import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run of records of a local file, mapped read-only with {@link Memory#map} (files of any size),
 * each batch's records copied from the mapping into one reused array. The mapping is released by
 * {@link #close()}; a file truncated while it is mapped fails as any mapped read does.
 *
 * <p>Why copy: the decoders' loops then read an array store whichever way a file is read (streamed
 * records are arrays too), so each loop sees one {@link ByteStore} class and the JIT compiles it
 * tight. Decoding straight from slices of the mapping made the loops see two classes once both
 * kinds of file had been read in a JVM, and a full scan of 1 GiB of ticks took 1.8 s instead of
 * 0.9 s; the copy of a batch (at most {@link RecordLayout#BATCH_BYTES}) costs far less
 * (BENCHMARKS.md, "Before the fix: decoding from slices of the mapping").
 */
final class MappedRecords implements RecordSource {
  private final Memory memory;
  private final long recordSize;
  private final byte[] buffer;
  private final ByteStore store;
  private long position;

  /**
   * Maps {@code count} records of {@code recordSize} bytes from byte {@code start} of a file, with
   * room for {@code batchRows} records a batch.
   *
   * @throws IOException if the file cannot be opened, or is now shorter than the run
   */
  MappedRecords(Path file, long start, long count, long recordSize, int batchRows) throws IOException {
    this.recordSize = recordSize;
    this.buffer = new byte[(int) (batchRows * recordSize)]; // RecordLayout.batchRows keeps this within a batch
    this.store = ByteStore.of(buffer);
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
    memory.slice(position, bytes).get(0, buffer, 0, bytes);
    position += bytes;
    return store;
  }

  @Override
  public void close() {
    memory.close();
  }
}
