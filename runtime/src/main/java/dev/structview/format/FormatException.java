package dev.structview.format;

/**
 * A format string that is not valid struct syntax, with the character index of the problem.
 *
 * <p>The message starts with CPython's text ({@code bad char in struct format}, {@code repeat count
 * given without format specifier}, {@code total struct size too long}, {@code embedded null
 * character}) and goes on to name the offending character, its index and the fix. CPython reports
 * a non-ASCII character as a {@code UnicodeEncodeError}, a {@code ValueError}; structview reports it
 * here, which is also an {@link IllegalArgumentException}, so that it carries the index too.
 */
public final class FormatException extends StructException {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final int index;
  private final String reason;

  /**
   * Creates an exception for a format string.
   *
   * @param format the format string as given
   * @param index the index in {@code format} of the character at fault
   * @param reason CPython's text for the error, without details
   * @param detail what is wrong at {@code index} and how to fix it
   */
  public FormatException(String format, int index, String reason, String detail) {
    super(reason + ": " + detail);
    this.format = format;
    this.index = index;
    this.reason = reason;
  }

  /** Returns the format string that failed to parse. */
  public String format() {
    return format;
  }

  /** Returns the index in {@link #format()} of the character at fault. */
  public int index() {
    return index;
  }

  /** Returns CPython's text for this error, such as {@code "bad char in struct format"}. */
  public String reason() {
    return reason;
  }
}
