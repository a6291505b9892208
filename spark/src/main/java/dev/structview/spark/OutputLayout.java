package dev.structview.spark;

import java.io.Serializable;
import java.util.Locale;
import org.apache.hadoop.fs.Path;

/**
 * Where a write puts its files: each task attempt writes
 * {@code <out>/_temporary/<query id>/<task id>/part-NNNNN-<query id>.bin}, and the job's commit
 * moves the committed attempts' files to {@code <out>/part-NNNNN-<query id>.bin} and writes
 * {@code <out>/_SUCCESS}. Readers skip {@code _temporary} and {@code _SUCCESS}, as names starting
 * with {@code _}, so a directory being written reads as its committed files only.
 *
 * @param out the output directory, a qualified Hadoop path
 * @param queryId the write's query id, unique per save: files of two appends never collide
 */
record OutputLayout(String out, String queryId) implements Serializable {
  static final String TEMPORARY = "_temporary";
  static final String SUCCESS = "_SUCCESS";

  /** Returns the job's temporary directory. */
  Path jobDir() {
    return new Path(new Path(out, TEMPORARY), queryId);
  }

  /** Returns the committed name of a partition's file. */
  String name(int partition) {
    return String.format(Locale.ROOT, "part-%05d-%s.bin", partition, queryId);
  }

  /** Returns the file a task attempt writes. */
  Path attemptFile(int partition, long taskId) {
    return new Path(new Path(jobDir(), Long.toString(taskId)), name(partition));
  }
}
