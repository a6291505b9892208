package dev.structview.samples.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Maps a whole file read-only, so that views read it in place: no copy, and pages the reader
 * never touches are never read from disk.
 */
public final class MappedFile {
  /** A single mapping is a {@link ByteBuffer}, whose indices are ints. */
  static final long MAX_SIZE = Integer.MAX_VALUE;

  private MappedFile() {}

  /**
   * Maps {@code path} read-only: the buffer's position is 0 and its limit the file's size.
   *
   * @throws IOException if the file cannot be opened, is not a regular file, or is larger than
   *     2 GiB - 1 bytes (one mapping's limit)
   */
  public static ByteBuffer map(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > MAX_SIZE) {
        throw new IOException("is " + size + " bytes; structview maps files of at most " + MAX_SIZE + " bytes");
      }
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
  }
}
