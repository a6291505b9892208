package dev.structview.samples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** The entry point of {@code java -jar structview.jar}. */
public final class Main {
  /**
   * How much output is gathered before it is written. {@code System.out} writes through a buffer of
   * 128 bytes and flushes at every line: a syscall per line, which made a dump of millions of
   * lines spend more time writing than reading.
   */
  static final int OUTPUT_BUFFER = 1 << 16;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args a command and its arguments, or none for the demo
   */
  public static void main(String[] args) {
    PrintStream out = standardOutput();
    Cli cli = new Cli(out, System.err);
    int status;
    try {
      status = cli.run(args);
    } catch (OutOfMemoryError e) {
      status = cli.fail(Cli.outOfMemory("running structview " + String.join(" ", args)));
    } catch (Throwable e) { // never a stack trace: whatever escaped the commands' own handling is a bug
      status = cli.fail(Cli.internalError("running structview " + String.join(" ", args), e));
    }
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Standard output, buffered by {@value #OUTPUT_BUFFER} bytes and flushed only when the buffer
   * fills, when a failure is reported ({@link Cli#fail}) and at the end; in the charset
   * {@code System.out} uses, so names read from files print as they did.
   */
  static PrintStream standardOutput() {
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER), false,
        stdoutCharset());
  }

  /** {@code System.out}'s charset: {@code stdout.encoding} (JDK 19+), {@code sun.stdout.encoding}, or the default. */
  private static Charset stdoutCharset() {
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(property);
      if (name != null) {
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          // as System.out does with a charset it cannot use: fall back to the default
        }
      }
    }
    return Charset.defaultCharset();
  }
}
