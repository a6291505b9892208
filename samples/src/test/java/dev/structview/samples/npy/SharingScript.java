package dev.structview.samples.npy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample's Python side, {@code src/main/python/npy_sharing.py}, run by {@code python3.11} with
 * NumPy: its commands run to the end, or {@code serve} kept running with the file mapped. Tests skip
 * with {@link #MISSING} where NumPy is not installed.
 */
final class SharingScript implements AutoCloseable {
  static final String MISSING = "python3.11 with NumPy is not installed: the sharing sample's Python side needs it";
  private static final String PYTHON = "python3.11";
  private static final Path SCRIPT = Path.of("src/main/python/npy_sharing.py");

  private final Process process;
  private final BufferedReader out;
  private final Writer in;

  private SharingScript(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Returns whether python3.11 imports NumPy. */
  static boolean available() {
    try {
      runCode("import numpy");
      return true;
    } catch (AssertionError | UncheckedIOException e) {   // failed, or python3.11 is not there
      return false;
    }
  }

  /** Runs {@code npy_sharing.py COMMAND FILE [OPTIONS]} to its end; returns what it printed. */
  static List<String> run(String command, Path file, String... options) {
    List<String> args = new ArrayList<>(List.of(PYTHON, SCRIPT.toString(), command, file.toString()));
    args.addAll(List.of(options));
    return runPython(args);
  }

  /** Runs {@code python3.11 -c CODE ARGS...}; returns what it printed. */
  static List<String> runCode(String code, String... args) {
    List<String> command = new ArrayList<>(List.of(PYTHON, "-c", code));
    command.addAll(List.of(args));
    return runPython(command);
  }

  /** Starts {@code npy_sharing.py serve FILE}, which maps the file until {@link #close()}. */
  static SharingScript serve(Path file) {
    try {
      return new SharingScript(new ProcessBuilder(PYTHON, SCRIPT.toString(), "serve", file.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one command to {@code serve}; returns its answer, the lines before its {@code "."}. */
  List<String> send(String command) {
    try {
      in.write(command + "\n");
      in.flush();
      List<String> lines = new ArrayList<>();
      for (String line = out.readLine(); !".".equals(line); line = out.readLine()) {
        if (line == null) {
          throw new AssertionError("npy_sharing.py serve ended before answering " + command);
        }
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends {@code serve}, which unmaps the file. */
  @Override
  public void close() {
    try {
      in.write("quit\n");
      in.close();
    } catch (IOException e) {
      // it has ended already: waitFor says how
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("npy_sharing.py serve did not end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static List<String> runPython(List<String> command) {
    try {
      Path errors = Files.createTempFile("python", ".err");
      try {
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
          throw new AssertionError(command + " failed:\n" + Files.readString(errors));
        }
        return text.lines().toList();
      } finally {
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
