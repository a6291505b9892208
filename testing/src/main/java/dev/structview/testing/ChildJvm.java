package dev.structview.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run in a JVM of its own, on this one's JDK and class path, with options
 * this one cannot change (a small heap, capped direct memory): for tests of what a library does
 * when the JVM runs out, which must not take the test's own JVM with it.
 *
 * @param exitValue the child's exit status, or -1 when it did not finish in time and was killed
 * @param output what it wrote to standard output
 * @param errors what it wrote to standard error, kept apart: a JDK's own warnings go there (JDK 25
 *     warns of {@code sun.misc.Unsafe} once per JVM), which tests of the output must not see
 */
public record ChildJvm(int exitValue, String output, String errors) {
  /** Runs {@code main} with {@code options} before the class name and {@code args} after it, for at most 120 s. */
  public static ChildJvm run(Class<?> main, List<String> options, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("child-jvm", ".err");
    try {
      Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean finished = child.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        child.destroyForcibly();
      }
      return new ChildJvm(finished ? child.exitValue() : -1, output, Files.readString(errors));
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** Everything the child wrote, for a failure's message. */
  public String report() {
    return "exit " + exitValue + "\n" + output + errors;
  }
}
