package dev.structview.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Named pipes, for tests of what readers of files do with one. */
public final class Fifo {
  private Fifo() {}

  /**
   * Makes a named pipe {@code name} in {@code dir} with {@code mkfifo}; empty where there is no
   * {@code mkfifo} or it fails (a test then skips itself).
   */
  public static Optional<Path> make(Path dir, String name) throws InterruptedException {
    Path fifo = dir.resolve(name);
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      return mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 ? Optional.of(fifo) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
