package dev.structview.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CPython's {@code python3}, run as the reference a test compares with ({@link MmapProbes}). Tests
 * call {@link #available()} first and skip, with {@link #MISSING} as the reason, where it is not.
 */
public final class CPython {
  /** The reason a test gives when it skips for want of {@code python3}. */
  public static final String MISSING = "python3 is not on the PATH: this test compares with CPython, which it needs";

  private static volatile Boolean available;

  private CPython() {}

  /** Returns whether {@code python3} runs here. */
  public static boolean available() {
    Boolean known = available;
    if (known == null) {
      try {
        Process p = new ProcessBuilder("python3", "-c", "import mmap, struct").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        known = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        known = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        known = false;
      }
      available = known;
    }
    return known;
  }

  /**
   * Runs a script with arguments and standard input; returns the lines it printed. Input, output
   * and errors flow at once (the input from a thread of its own, the errors to a file), so that
   * neither side waits on a full pipe.
   *
   * @throws AssertionError if it exits with an error, with what it printed
   */
  public static List<String> run(String script, List<String> args, String input) {
    List<String> command = new ArrayList<>(List.of("python3", "-c", script));
    command.addAll(args);
    Path errors = null;
    try {
      errors = Files.createTempFile("python3", ".err");
      Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      Thread feeder = new Thread(() -> {
        try (OutputStream in = p.getOutputStream()) {
          in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          // python3 stopped reading: it failed, and says why on standard error
        }
      }, "python3 input");
      feeder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      feeder.join();
      if (p.waitFor() != 0) {
        throw new AssertionError("python3 failed (exit " + p.exitValue() + "):\n" + Files.readString(errors));
      }
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while python3 ran", e);
    } finally {
      if (errors != null) {
        errors.toFile().delete();
      }
    }
  }
}
