package dev.structview.spark;

/**
 * A read option of the {@code structview} data source that is missing or invalid: thrown on the
 * driver by {@code load()}, before any task runs. The message names the option, its value and the
 * problem; for a bad {@code format}, the problem is the {@link dev.structview.format.FormatException}'s
 * message, with the index of the character at fault, which is also the cause.
 */
public final class StructviewOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param option the option's name, as documented
   * @param value the value given, or {@code null} when the option is missing
   * @param problem what is wrong with it, and the fix
   * @param cause the underlying exception, or {@code null}
   */
  public StructviewOptionException(String option, String value, String problem, Throwable cause) {
    this(cause, option, value, "option '" + option + "'" + (value == null ? " is missing" : " = \"" + value + "\"")
        + ": " + problem);
  }

  private StructviewOptionException(Throwable cause, String option, String value, String message) {
    super(message, cause);
    this.option = option;
    this.value = value;
  }

  /** Returns the exception of an option given as {@code null} where it needs a value, such as a null path. */
  static StructviewOptionException nullValue(String option, String problem) {
    return new StructviewOptionException(null, option, null, "option '" + option + "' is null: " + problem);
  }

  /** Returns the option's name. */
  public String option() {
    return option;
  }

  /** Returns the value given, or {@code null} when the option was missing or given as {@code null}. */
  public String value() {
    return value;
  }
}
