package dev.structview.spark;

import java.io.Serializable;

/**
 * A run of consecutive records of one file that one task reads.
 *
 * @param path the file, as a fully qualified Hadoop path
 * @param dataStart where the file's first record starts
 * @param first the index of the run's first record in the file
 * @param count the number of records in the run, 1 or more
 */
record RecordChunk(String path, long dataStart, long first, long count) implements Serializable {
  /** Returns the byte position of the run's first record, in the file. */
  long start(long recordSize) {
    return dataStart + first * recordSize; // within the file's size, which the listing gave
  }
}
