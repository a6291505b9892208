package dev.structview.buffer;

/**
 * A buffer request that cannot be met, or a buffer that cannot change while it is exported:
 * CPython's {@code BufferError}.
 */
public class BufferException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with CPython's message.
   *
   * @param message what could not be done and why
   */
  public BufferException(String message) {
    super(message);
  }
}
