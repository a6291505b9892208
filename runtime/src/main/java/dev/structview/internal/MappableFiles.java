package dev.structview.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every entry point that maps a file by its path makes first. Not API. */
public final class MappableFiles {
  private MappableFiles() {}

  /**
   * Returns why an open or a map failed, in words: a {@link FileSystemException}'s message is the
   * path alone when the JDK has no reason to give ("cannot map f: f"), which says nothing.
   */
  public static String reason(IOException e) {
    Require.nonNull(e, "e");
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

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
