package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.io.Closeable;
import java.io.IOException;

/** The bytes of a run of records, handed out a batch at a time. */
interface RecordSource extends Closeable {
  /**
   * Returns a store holding the next {@code records} records from its index 0; valid until the next
   * call.
   *
   * @throws IOException if the file cannot be read, or ends early
   */
  ByteStore next(int records) throws IOException;
}
