package dev.structview.spark;

import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * What a write task committed: the file it wrote under the job's temporary directory, and the name
 * the job's commit gives it.
 *
 * @param partition the DataFrame partition the task wrote
 * @param file the task's file, a Hadoop path; {@code null} when the partition held no rows (no file
 *     is written for it)
 * @param name the file's name once committed, {@code part-NNNNN-<query id>.bin}
 * @param records the records written
 */
record RecordCommitMessage(int partition, String file, String name, long records) implements WriterCommitMessage {
  private static final long serialVersionUID = 1L;
}
