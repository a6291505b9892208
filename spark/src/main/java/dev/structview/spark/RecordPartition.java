package dev.structview.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * What one task reads: runs of records, in file order.
 *
 * @param chunks the runs, one or more
 */
record RecordPartition(List<RecordChunk> chunks) implements InputPartition {
  private static final long serialVersionUID = 1L;

  /** Copies the runs. */
  RecordPartition {
    chunks = List.copyOf(chunks);
  }

  /** Returns the number of records this partition reads. */
  long records() {
    long n = 0;
    for (RecordChunk c : chunks) {
      n += c.count();
    }
    return n;
  }
}
