package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.Memory;
import dev.structview.testing.Fifo;
import dev.structview.testing.Zips;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A FILE that is a FIFO (as {@code /dev/stdin} in a pipeline, or bash's {@code <(...)}, is a pipe)
 * has no size to map: every command reads it as it reads standard input, and prints what it prints
 * for the same bytes in a regular file. The FIFOs are made with {@code mkfifo}; skipped where there
 * is none. ({@code /dev/stdin} as a real pipe: CommandLineIT.)
 */
// A command that opens a FIFO a second time waits for ever for a writer: fail instead.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NonRegularFilesTest {
  private static final String RESOURCES = "/dev/structview/samples/";

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"zip, zip64.zip", "elf, elf/little32.elf", "wav, wav/float32-stereo.wav",
      "bmp, bmp/topdown24.bmp", "dump, ticks.bin"})
  void everyCommandReadsAFifoAsItReadsTheFile(String command, String resource) throws Exception {
    byte[] bytes = command.equals("zip") ? Zips.resource(resource) : resource(resource);
    Path file = Files.write(dir.resolve("input"), bytes);
    String[] args = command.equals("dump") ? new String[] {"dump", "--format", "<IhB", file.toString()}
        : new String[] {command, file.toString()};
    CliRun fromFile = CliRun.of(args);
    Path fifo = fifo("fifo");
    args[args.length - 1] = fifo.toString();
    CliRun fromFifo = whileWriting(fifo, bytes, args);
    assertEquals(0, fromFifo.status(), fromFifo.err());
    String expected = fromFile.out().replace(file.toString(), fifo.toString());
    assertEquals(command.equals("dump") ? expected.replace("5 records of", "records of") : expected, fromFifo.out());
  }

  @Test
  void aFifoIsAStreamAndAFileDirectoryOrMissingPathIsNot() throws Exception {
    Path fifo = fifo("fifo");
    assertTrue(Input.of("zip", fifo.toString(), InputStream.nullInputStream(), 4).isStream());
    assertFalse(Input.of("zip", Files.write(dir.resolve("file"), new byte[0]).toString(),
        InputStream.nullInputStream(), 4).isStream());
    assertFalse(Input.of("zip", dir.toString(), InputStream.nullInputStream(), 4).isStream());
    assertFalse(Input.of("zip", dir.resolve("missing").toString(), InputStream.nullInputStream(), 4).isStream());
  }

  @Test
  void moreThanTheLimitFromAFifoIsRefusedWithWhatToDoInstead() throws Exception {
    Path fifo = fifo("fifo");
    Input input = Input.of("zip", fifo.toString(), InputStream.nullInputStream(), 4);
    Thread writer = writer(fifo, new byte[] {1, 2, 3, 4, 5});
    Input.TooLargeException e = assertThrows(Input.TooLargeException.class, () -> input.memory().close());
    assertEquals("more than 4 bytes came in; structview holds at most 4 bytes of a pipe or device in memory, so save"
        + " it to a file and pass the file instead", e.getMessage());
    finish(writer, fifo);
    Thread four = writer(fifo, new byte[] {1, 2, 3, 4});
    try (Memory memory = input.memory()) {
      assertEquals(4, memory.byteSize());
    }
    finish(four, fifo);
  }

  @Test
  void anEmptyFifoIsReportedAsEmpty() throws Exception {
    Path fifo = fifo("fifo");
    whileWriting(fifo, new byte[0], "zip", fifo.toString()).failedWith(fifo + ": the file is empty, not a ZIP archive");
    whileWriting(fifo, new byte[0], "dump", "--format", "<I", fifo.toString()).failedWith(fifo + ": it is empty");
    whileWriting(fifo, resource("ticks.bin"), "dump", "--format", "<I", "--offset", "36", fifo.toString())
        .failedWith(fifo + ": --offset 36 is past the end of the input (35 bytes)");
  }

  /** Runs the command line while a thread writes {@code bytes} to {@code fifo}. */
  private static CliRun whileWriting(Path fifo, byte[] bytes, String... args) throws Exception {
    Thread writer = writer(fifo, bytes);
    CliRun run = CliRun.of(args);
    finish(writer, fifo);
    return run;
  }

  /** Writes {@code bytes} to the FIFO once a reader opens it; a reader that stops early is not an error. */
  private static Thread writer(Path fifo, byte[] bytes) {
    Thread writer = new Thread(() -> {
      try {
        Files.write(fifo, bytes);
      } catch (IOException e) {
        // the reader closed the FIFO before reading it all (a refusal): nothing to write to
      }
    });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  /** Waits for the writer; if no reader ever opened the FIFO, opens it, so that the writer ends. */
  private static void finish(Thread writer, Path fifo) throws Exception {
    writer.join(TimeUnit.SECONDS.toMillis(2));
    if (writer.isAlive()) {
      new FileInputStream(fifo.toFile()).close();
      writer.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertFalse(writer.isAlive(), "the writer of " + fifo + " did not finish");
  }

  private Path fifo(String name) throws InterruptedException {
    Optional<Path> fifo = Fifo.make(dir, name);
    assumeTrue(fifo.isPresent(), "no mkfifo here");
    return fifo.get();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NonRegularFilesTest.class.getResourceAsStream(RESOURCES + name)) {
      return in.readAllBytes();
    }
  }
}
