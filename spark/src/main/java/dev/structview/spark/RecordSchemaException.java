package dev.structview.spark;

/**
 * A DataFrame that {@code save()} cannot write with its {@code format} option: a column the format
 * has and the DataFrame lacks, a column the format does not have, a column of a type its item
 * does not take, or two columns Spark cannot tell apart (one name twice, or names that differ in
 * case only unless {@code spark.sql.caseSensitive}). Thrown on the driver by {@code save()}, before any task runs or any file is
 * touched; the message names the column (a nested one as {@code pos.x}, an array's elements as
 * {@code vals[]}), the types, and the fix.
 */
public final class RecordSchemaException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String column;

  /**
   * Creates the exception.
   *
   * @param column the column at fault, as a path from the record
   * @param message the whole message, naming the column
   */
  public RecordSchemaException(String column, String message) {
    super(message);
    this.column = column;
  }

  /** Returns the column at fault, such as {@code flags}, {@code pos.x} or {@code vals[]}. */
  public String column() {
    return column;
  }
}
