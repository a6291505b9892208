package dev.structview.io;

import dev.structview.buffer.Memory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Maps a whole file read-only, of any size, so that views read it in place: no copy, and pages the
 * reader never touches are never read from disk. Close the result to unmap it at once.
 */
public final class MappedFile {
  private MappedFile() {}

  /**
   * Maps {@code path} read-only: {@link Memory#byteSize()} is the file's size, which may be more
   * than a {@code ByteBuffer} holds ({@link Window} places structures in such memory).
   *
   * @throws IOException if the file cannot be opened or mapped, or is not a regular file
   * @throws IllegalArgumentException if {@code path} is null
   */
  public static Memory map(Path path) throws IOException {
    requireRegular(path);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return Memory.map(channel, FileChannel.MapMode.READ_ONLY, 0, channel.size());
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the mapping failed: an IOException, as opening does
    }
  }

  /**
   * Refuses a path that exists but is not a regular file, before it is opened: a directory cannot
   * be read, and opening a named pipe blocks until a writer comes (a hang, for a reader of files).
   *
   * @throws IOException "is a directory" or "not a regular file"
   * @throws IllegalArgumentException if {@code path} is null
   */
  public static void requireRegular(Path path) throws IOException {
    if (path == null) {
      throw new IllegalArgumentException("path must not be null");
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new IOException("not a regular file");
    }
  }
}
