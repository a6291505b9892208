package dev.structview.samples.io;

/**
 * A file that is not what its reader expects: too short, a bad signature, a field pointing
 * outside the file. The message names the structure, the offset and what was found; the command
 * line prints it as one line and exits with status 2.
 */
public final class MalformedFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what is wrong and where. */
  public MalformedFileException(String message) {
    super(message);
  }
}
