package dev.structview.samples.cli;

/** Arguments the command line cannot use; the message says which and why. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the bad argument. */
  public UsageException(String message) {
    super(message);
  }
}
