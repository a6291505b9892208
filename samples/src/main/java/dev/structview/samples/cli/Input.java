package dev.structview.samples.cli;

import dev.structview.buffer.Memory;
import dev.structview.io.MappedFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The FILE a command reads: a path, which is mapped and read in place, whatever its size, or
 * {@code -}, standard input. Readers need the whole file at once (a ZIP's directory is at its
 * end), so standard input is read into memory, up to {@link #STDIN_LIMIT} bytes; {@code dump},
 * which reads records in order, streams both instead ({@link #stream()}, {@link #channel()}).
 *
 * <p>A path that is not a regular file (a pipe such as {@code /dev/stdin} or bash's
 * {@code <(...)}, a FIFO, a character device) has no size to map: mapped, it would look empty. It
 * is read as standard input is, as it comes ({@link #isStream()}).
 */
public final class Input {
  /** The FILE that means standard input, as in {@code cat} and {@code tar}. */
  public static final String STANDARD_INPUT = "-";
  /**
   * The most bytes read from standard input into memory: 64 MiB, which the default heap holds
   * (twice, while it is read) on any machine with 1 GiB of memory or more. A larger file is
   * better mapped: saved to a file, it is read in place, whatever its size.
   */
  public static final int STDIN_LIMIT = 64 << 20;

  private final Path path;
  private final InputStream stdin;
  private final int limit;

  private Input(Path path, InputStream stdin, int limit) {
    this.path = path;
    this.stdin = stdin;
    this.limit = limit;
  }

  /**
   * The input {@code arg} names, reading {@code stdin} for {@code -}, at most {@code limit} bytes.
   *
   * @throws UsageException if {@code arg} cannot be a path on this system
   */
  static Input of(String command, String arg, InputStream stdin, int limit) {
    if (arg.equals(STANDARD_INPUT)) {
      return new Input(null, stdin, limit);
    }
    if (arg.isEmpty()) {
      // Path.of("") is the current directory: "cannot read: is a directory" would name nothing.
      throw new UsageException(command + ": FILE is empty: name a file, or - for standard input");
    }
    try {
      return new Input(Path.of(arg), null, limit);
    } catch (InvalidPathException e) {
      throw new UsageException(command + ": FILE \"" + arg + "\" is not a path: " + e.getReason());
    }
  }

  /** Whether this is standard input. */
  public boolean isStandardInput() {
    return path == null;
  }

  /**
   * Whether this is read as it comes, not mapped: standard input, or a path that exists and is
   * neither a regular file nor a directory (a pipe, a FIFO, a device), which has no size to map. A
   * path that does not exist, or is a directory, is not: mapping it fails with the right message.
   */
  public boolean isStream() {
    return isStandardInput() || Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  /** The name messages and reports give it: the path as given, or {@code standard input}. */
  public String name() {
    return isStandardInput() ? "standard input" : path.toString();
  }

  /**
   * The whole input, read-only: the file mapped, of any size, or a stream ({@link #isStream()})
   * read to its end. Close it to unmap the file.
   *
   * @throws TooLargeException if a stream holds more than the limit
   * @throws IOException if the file cannot be mapped or the stream cannot be read
   */
  public Memory memory() throws IOException {
    if (!isStream()) {
      return MappedFile.map(path);
    }
    try (InputStream in = stream()) {
      byte[] bytes = in.readNBytes(limit); // grows as bytes come: a short input costs a short array
      if (in.read() != -1) {
        throw new TooLargeException("more than " + mebibytes(limit) + " came in; structview holds at most "
            + mebibytes(limit) + " of " + streamKind() + " in memory, so save it to a file and pass the file instead");
      }
      return Memory.of(bytes);
    }
  }

  /** What a stream is, in messages: {@code standard input}, or {@code a pipe or device}. */
  String streamKind() {
    return isStandardInput() ? "standard input" : "a pipe or device";
  }

  /**
   * The file, opened for reading in order, for a command that streams it. Only for a path.
   *
   * @throws IOException if it cannot be opened, or is a directory
   */
  public FileChannel channel() throws IOException {
    if (isStandardInput()) {
      throw new IllegalStateException("standard input has no channel");
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return FileChannel.open(path, StandardOpenOption.READ);
  }

  /**
   * The input as a stream, for a command that reads it in order; close it when done (closing
   * standard input's leaves standard input open). Only for {@link #isStream()}.
   *
   * @throws IOException if the path cannot be opened
   */
  InputStream stream() throws IOException {
    if (!isStream()) {
      throw new IllegalStateException("not a stream: " + path);
    }
    if (!isStandardInput()) {
      return Files.newInputStream(path);
    }
    return new FilterInputStream(stdin) {
      @Override
      public void close() {} // the command line's, not the command's to close
    };
  }

  /** The limit on what is held in memory from a stream, in bytes. */
  int limit() {
    return limit;
  }

  static String mebibytes(long bytes) {
    return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
  }

  /** Standard input that holds more than structview reads into memory; the message says what to do. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }
}
