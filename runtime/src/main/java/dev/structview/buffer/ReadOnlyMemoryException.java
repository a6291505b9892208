package dev.structview.buffer;

import java.nio.ReadOnlyBufferException;

/**
 * A write refused because the memory is read-only: a {@link ReadOnlyBufferException} (so existing
 * handlers still catch it) that says what was refused. The JDK's class has only a no-argument
 * constructor, whose message is {@code null}; every refusal structview makes uses this one instead.
 */
public class ReadOnlyMemoryException extends ReadOnlyBufferException {
  private static final long serialVersionUID = 1L;

  /** The message; {@code ReadOnlyBufferException} has no constructor that keeps one. */
  private final String message;

  /**
   * Creates an exception naming the refused write.
   *
   * @param message what could not be written and why, such as
   *     {@code "TickView over read-only memory: id is not writable"}
   */
  public ReadOnlyMemoryException(String message) {
    this.message = message;
  }

  /**
   * Returns the message given when the exception was made.
   *
   * @return what was refused
   */
  @Override
  public String getMessage() {
    return message;
  }
}
