package dev.structview.format;

/**
 * A struct format or value error: CPython's {@code struct.error}.
 *
 * <p>It extends {@link IllegalArgumentException} because every {@code struct.error} is a complaint
 * about an argument: a format, a value, a buffer length or an offset.
 */
public class StructException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with CPython's message.
   *
   * @param message what went wrong, naming the offending value
   */
  public StructException(String message) {
    super(message);
  }
}
