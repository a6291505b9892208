package dev.structview.npy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file by writing a new one beside it and moving it into place, so that the old file
 * stays whole until the new one is: a write that fails (a format no dtype holds, a full disk)
 * leaves it as it was, and a view that maps it keeps reading it while it is written over (truncating
 * it first had the view read past the end of a shorter file: {@code InternalError}, and the data
 * lost). A link is followed, so the file it names is replaced; an existing file's POSIX permissions
 * are kept; a new one gets the defaults of any file made here.
 */
final class FileReplacement {
  /** Writes the new contents to a stream. */
  interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  private FileReplacement() {}

  static void replace(Path file, Contents contents) throws IOException {
    Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
    Path temp = create(target);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        contents.writeTo(out);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A new file beside {@code target}, hidden by its leading dot, made as any file is (umask, not 0600). */
  private static Path create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
          + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old != null && Files.exists(target)) {
      Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
    }
  }
}
