package dev.structview.spark;

/**
 * A file or path the {@code structview} data source cannot read as records: a path that matches no
 * file, a file shorter than its header and footer, or a file whose data is not a whole number of
 * records (with {@code onPartialRecord} = {@code fail}). Thrown on the driver by {@code load()},
 * before any task runs; the message names the file, its size and what does not fit.
 */
public final class RecordFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the file or path, as Hadoop names it
   * @param message the whole message, naming the file
   */
  public RecordFileException(String file, String message) {
    super(message);
    this.file = file;
  }

  /** Returns the file or path at fault. */
  public String file() {
    return file;
  }
}
