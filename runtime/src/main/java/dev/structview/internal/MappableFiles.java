package dev.structview.internal;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every entry point that maps a file by its path makes first. Not API. */
public final class MappableFiles {
  private MappableFiles() {}

  /**
   * Refuses a path that exists but is not a regular file (following links), before it is opened:
   * a directory opens, then fails to map with "No such device", and its size (often 4096) reads as
   * a whole number of records or not; a named pipe blocks the open until a writer comes; a device
   * maps what its size says, often nothing. A path that does not exist is left to the open, whose
   * error names it.
   *
   * @throws UncheckedIOException naming the file, when it is not a regular file
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static void requireRegularFile(Path file) {
    Require.nonNull(file, "file");
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      String what = Files.isDirectory(file) ? "a directory" : "not a regular file";
      throw new UncheckedIOException("cannot map " + file + ": it is " + what,
          new FileSystemException(file.toString(), null, "it is " + what));
    }
  }
}
