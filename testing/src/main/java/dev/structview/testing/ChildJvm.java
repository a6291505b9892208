package dev.structview.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * @param output what it wrote to standard output and standard error, interleaved
 */
public record ChildJvm(int exitValue, String output) {
  /** Runs {@code main} with {@code options} before the class name and {@code args} after it, for at most 120 s. */
  public static ChildJvm run(Class<?> main, List<String> options, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!child.waitFor(120, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      return new ChildJvm(-1, output + "(did not finish in 120 s)");
    }
    return new ChildJvm(child.exitValue(), output);
  }
}
