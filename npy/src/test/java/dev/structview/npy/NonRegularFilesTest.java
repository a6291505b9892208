package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.Fifo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not regular files are refused by name, at once, by every entry point that opens a
 * file by its path: opening a named pipe blocked {@code Npy.header} and {@code Npz.open} until a
 * writer came, which for a reader of files is a hang ({@code Npy.map} refused it already).
 */
class NonRegularFilesTest {
  @TempDir
  Path dir;

  @Test
  void aNamedPipeIsRefusedNotWaitedOn() throws IOException, InterruptedException {
    Path fifo = fifo("pipe.npy");
    refused("cannot read " + fifo + ": not a regular file", () -> Npy.header(fifo));
    refused("cannot open " + fifo + ": not a regular file", () -> Npz.open(fifo));
    refused("cannot map " + fifo + ": it is not a regular file", () -> Npy.map(fifo));
  }

  @Test
  void aDirectoryIsRefusedAsOne() {
    refused("cannot read " + dir + ": is a directory", () -> Npy.header(dir));
    refused("cannot open " + dir + ": is a directory", () -> Npz.open(dir));
  }

  private static void refused(String message, Executable call) {
    UncheckedIOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(UncheckedIOException.class, call));
    assertEquals(message, e.getMessage());
  }

  private Path fifo(String name) throws InterruptedException {
    Optional<Path> fifo = Fifo.make(dir, name);
    assumeTrue(fifo.isPresent(), "no mkfifo here");
    return fifo.get();
  }
}
