package dev.structview.npy;

/**
 * A {@code .npy} file (or image, or stream) that cannot be read: bad magic, an unsupported version,
 * a header that is not the dictionary literal NumPy writes, a dtype with no buffer format (objects,
 * datetimes), or data shorter than the header promises. The message names the source and the
 * problem, with the offending value.
 *
 * <p>An {@link IllegalArgumentException}, as DESIGN.md maps Python's {@code ValueError}, which is
 * what {@code numpy.load} raises for these files.
 */
public class NpyFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception for one problem of one source.
   *
   * @param source what was read: a file name, or the description a caller gave an image
   * @param problem what is wrong, with the offending value
   */
  public NpyFormatException(String source, String problem) {
    super(source + ": " + problem);
  }
}
