package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of the command line in this JVM, for the commands' tests: its status and what it
 * printed on standard output and standard error.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int status, String out, String err) {
  /** Runs the command line with empty standard input. */
  public static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs the command line with {@code stdin} as standard input. */
  public static CliRun withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts a failure: status 2, nothing but one line on standard error, "structview: " and {@code message}. */
  public void failedWith(String message) {
    assertEquals(Cli.FAILURE, status, err);
    assertEquals("structview: " + message + System.lineSeparator(), err);
  }

  /** Asserts a failure: status 2, one line on standard error, starting "structview: " and {@code start}. */
  public void failedStartingWith(String start) {
    assertEquals(Cli.FAILURE, status, err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("structview: " + start), err);
  }

  /** Returns the row of a table on standard output whose first column is {@code name}. */
  public String row(String name) {
    List<String> rows = out.lines().filter(l -> l.startsWith("  " + name + " ")).toList();
    assertTrue(!rows.isEmpty(), "no row for " + name + " in\n" + out);
    return rows.get(0);
  }
}
