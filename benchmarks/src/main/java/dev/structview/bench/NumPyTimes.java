package dev.structview.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * W7's NumPy side: {@code numpy_npy.py} (a resource beside this class) run by {@code python3.11},
 * or the interpreter {@code $NUMPY_PYTHON} names, as {@code benchmarks/crosslang.py} runs NumPy.
 * It times {@code numpy.load(f, mmap_mode='r')} and {@code a['id'].sum()} on the W7 file with JMH's
 * iteration counts, or only returns the sum, the reference the tests check the Java contenders with.
 */
final class NumPyTimes {
  /** The interpreter with NumPy. */
  static final String PYTHON = System.getenv().getOrDefault("NUMPY_PYTHON", "python3.11");
  /** The longest the script may take: minutes more than a run of the default counts needs. */
  private static final long TIMEOUT_MINUTES = 10;

  /** One operation's time per pass: the best and median iteration's, and the mean, in nanoseconds. */
  record Timing(String name, double best, double median, double mean, long passes) {}

  /** What the script printed: the versions it ran, the column's sum, and a timing per operation. */
  record Result(String versions, long sum, List<Timing> timings) {
    /** Returns the timing of {@code name}, or null. */
    Timing timing(String name) {
      return timings.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
  }

  private NumPyTimes() {}

  /** Returns whether the interpreter runs and imports NumPy. */
  static boolean available() {
    try {
      exec(PYTHON + " -c 'import numpy'", List.of(PYTHON, "-c", "import numpy"));
      return true;
    } catch (IllegalStateException | UncheckedIOException e) {
      return false;
    }
  }

  /** Returns NumPy's sum of the file's {@code id} column. */
  static long sum(Path file) {
    return Long.parseLong(run(List.of(file.toString())).get(0));
  }

  /** Times NumPy on {@code file}: {@code warmups} and {@code iterations} of {@code seconds} each. */
  static Result time(Path file, int warmups, int iterations, double seconds) {
    List<String> lines = run(List.of(file.toString(), String.valueOf(warmups), String.valueOf(iterations),
        String.valueOf(seconds)));
    String versions = "";
    long sum = -1;
    List<Timing> timings = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "versions" -> versions = f[1];
        case "sum" -> sum = Long.parseLong(f[1]);
        default -> timings.add(new Timing(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Long.parseLong(f[4])));
      }
    }
    return new Result(versions, sum, timings);
  }

  /** Runs the script with {@code args}; returns its lines. */
  private static List<String> run(List<String> args) {
    List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script()));
    command.addAll(args);
    return exec(PYTHON + " numpy_npy.py " + String.join(" ", args), command);
  }

  /**
   * Runs a command, {@code what} in messages, its output and errors to files (so that the wait can
   * time out); returns its lines, or throws with what it wrote on standard error.
   *
   * @throws IllegalStateException if it fails, runs too long or is interrupted
   * @throws UncheckedIOException if it cannot be started
   */
  private static List<String> exec(String what, List<String> command) {
    Path out = null;
    Path errors = null;
    try {
      out = Files.createTempFile("numpy", ".out");
      errors = Files.createTempFile("numpy", ".err");
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(errors.toFile()).start();
      p.getOutputStream().close();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(what + " ran over " + TIMEOUT_MINUTES + " minutes");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "):\n" + Files.readString(errors));
      }
      return Files.readAllLines(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what + " ran", e);
    } finally {
      delete(out);
      delete(errors);
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      file.toFile().delete();
    }
  }

  private static String script() {
    try (InputStream in = NumPyTimes.class.getResourceAsStream("numpy_npy.py")) {
      if (in == null) {
        throw new IllegalStateException("numpy_npy.py is missing from the benchmarks jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read numpy_npy.py", e);
    }
  }
}
