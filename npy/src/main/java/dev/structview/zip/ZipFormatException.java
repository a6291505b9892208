package dev.structview.zip;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A ZIP archive that is not well formed: truncated, corrupt or hostile. The message says what is
 * wrong and where, naming the structure, its offset and the values that disagree, after the file
 * when there is one: {@code "data.npz: central directory entry #3 at offset 1234: the signature is
 * 0x02014b00, not 0x02014b50"}. It is what Python's {@code zipfile.BadZipFile} is, and it is
 * unchecked, as Python's is, because it can come from anything that reads the archive: opening it,
 * walking its entries, or reading an entry's data to its end (a CRC-32 that differs, a deflate
 * stream that ends early or inflates past the entry's size).
 */
public final class ZipFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: a {@code Path} is not serializable; the message keeps the file's name. */
  private final transient Path file;
  private final String problem;

  /** An archive whose file is not known (one in memory) has {@code problem}. */
  public ZipFormatException(String problem) {
    this(null, problem, null);
  }

  /** The archive in {@code file} has {@code problem}. */
  public ZipFormatException(Path file, String problem) {
    this(file, problem, null);
  }

  private ZipFormatException(Path file, String problem, ZipFormatException cause) {
    super(file == null ? problem : file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** Returns the file of the archive, when the archive was opened from one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Returns what is wrong, without the file's name: the message of an archive in memory. */
  public String problem() {
    return problem;
  }

  /** This problem, found in {@code file}: the message names it (unless it already names a file). */
  ZipFormatException in(Path file) {
    return file == null || this.file != null ? this : new ZipFormatException(file, problem, this);
  }
}
