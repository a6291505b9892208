package dev.structview.samples.io;

/**
 * Bounds checks for structures inside a file, in {@code long} arithmetic so that hostile sizes
 * and offsets cannot overflow: every reader calls these before it places a view.
 */
public final class Region {
  private Region() {}

  /**
   * Returns {@code offset} as an int after checking that {@code length} bytes from it lie within
   * a file of {@code size} bytes that is one buffer (at most 2 GiB - 1).
   *
   * @param what the structure, for the message: {@code "central directory entry #3"}
   * @throws MalformedFileException "central directory entry #3 at offset 1234 needs 46 bytes, but the file ends at 1250"
   * @throws IllegalArgumentException if {@code size} is more than a buffer holds ({@link #check} takes any)
   */
  public static int require(long size, long offset, long length, String what) {
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("size=" + size + " is more than one buffer holds; use check");
    }
    return (int) check(size, offset, length, what); // within a buffer, so it fits an int
  }

  /**
   * Returns {@code offset} after checking that {@code length} bytes from it lie within a file of
   * {@code size} bytes, a file of any size.
   *
   * @param what the structure, for the message: {@code "central directory entry #3"}
   * @throws MalformedFileException as {@link #require} does
   */
  public static long check(long size, long offset, long length, String what) {
    if (offset < 0 || length < 0 || offset > size || length > size - offset) {
      throw new MalformedFileException(what + " at offset " + offset + " needs " + length
          + " bytes, but the file ends at " + size);
    }
    return offset;
  }
}
