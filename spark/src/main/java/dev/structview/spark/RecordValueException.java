package dev.structview.spark;

/**
 * A value a write task cannot pack: one {@code struct.pack} refuses (out of its code's range, a
 * float too large for {@code e} or {@code f}, not one byte for {@code c}), a null, or an array of
 * the wrong length. It fails the task, and so the job, and Spark reports it as the cause of the
 * job's failure. The message names the partition, the row (its index in the partition, from 0),
 * the column and CPython's message, as in
 * {@code partition 1, row 3, column 'flags': 'B' format requires 0 <= number <= 255, got 300}.
 */
public final class RecordValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int partition;
  private final long row;
  private final String column;

  /**
   * Creates the exception.
   *
   * @param partition the index of the DataFrame's partition the task wrote
   * @param row the row's index in the partition, from 0
   * @param column the column, as a path from the record ({@code pos.x}, {@code vals[2]})
   * @param problem what is wrong with the value
   * @param cause the runtime's exception, or {@code null}
   */
  public RecordValueException(int partition, long row, String column, String problem, Throwable cause) {
    super("partition " + partition + ", row " + row + ", column '" + column + "': " + problem, cause);
    this.partition = partition;
    this.row = row;
    this.column = column;
  }

  /** Returns the index of the partition. */
  public int partition() {
    return partition;
  }

  /** Returns the row's index in its partition, from 0. */
  public long row() {
    return row;
  }

  /** Returns the column, as a path from the record. */
  public String column() {
    return column;
  }
}
