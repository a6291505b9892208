package dev.structview.samples.cli;

import dev.structview.samples.Demo;
import dev.structview.samples.bmp.BmpCommand;
import dev.structview.samples.elf.ElfCommand;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.wav.WavCommand;
import dev.structview.samples.zip.ZipCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code structview} command line: picks the command, runs it, and turns every failure into
 * one line on standard error and exit status 2 (0 on success). Never a stack trace: a failure
 * that is not the input's fault is reported as a bug in one line too, and so is running out of
 * memory or stack ({@link Main} catches whatever is left).
 */
public final class Cli {
  /** The exit status of every failure: bad arguments, unreadable or malformed files. */
  public static final int FAILURE = 2;
  private static final long MIB = 1 << 20;

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final PrintStream out;
  private final PrintStream err;

  /** A command line writing results to {@code out} and errors to {@code err}. */
  public Cli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    add(new DumpCommand());
    add(new ZipCommand());
    add(new ElfCommand());
    add(new WavCommand());
    add(new BmpCommand());
  }

  private void add(Command command) {
    commands.put(command.name(), command);
  }

  /** Runs {@code structview args...} and returns the exit status. */
  public int run(String... args) {
    if (args.length == 0) {
      Demo.run(out);
      return 0;
    }
    String name = args[0];
    if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
      usage(out);
      return 0;
    }
    Command command = commands.get(name);
    if (command == null) {
      return fail("unknown command \"" + name + "\"; the commands are " + String.join(", ", commands.keySet())
          + " (structview help shows how to use them)");
    }
    return run(command, Arrays.asList(args).subList(1, args.length));
  }

  private int run(Command command, List<String> rest) {
    String file = null;
    try {
      Args args = Args.parse(command.name(), rest, command.options());
      file = args.file().toString();
      command.run(args, out);
      out.flush();
      return 0;
    } catch (UsageException e) {
      return fail(e.getMessage() + " (usage: structview " + command.name() + " " + command.arguments() + ")");
    } catch (NoSuchFileException e) {
      return fail(file + ": no such file");
    } catch (AccessDeniedException e) {
      return fail(file + ": permission denied");
    } catch (IOException e) {
      return fail(file + ": cannot read: " + e.getMessage());
    } catch (MalformedFileException e) {
      return fail(file + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return fail(outOfMemory("reading " + file));
    } catch (RuntimeException | Error e) { // StackOverflowError; InternalError when a mapped file shrinks under us
      return fail(internalError("reading " + file, e));
    }
  }

  /**
   * The line for running out of memory. Every command reads in memory bounded by design, so this
   * means a heap smaller than the command's fixed needs, or a bug.
   */
  static String outOfMemory(String doing) {
    return "out of memory while " + doing + " (the Java heap is " + Runtime.getRuntime().maxMemory() / MIB
        + " MiB; give java a larger -Xmx, and if that does not help, it is a bug in structview: please report it)";
  }

  /** The line for an exception or error that is not the input's fault. */
  static String internalError(String doing, Throwable e) {
    return "internal error while " + doing + " (a bug in structview; please report it): " + e;
  }

  /** Prints {@code message} as the one line of a failure, and returns the failure status. */
  int fail(String message) {
    out.flush();
    err.println("structview: " + Printable.of(message)); // messages quote file names and bytes from files
    return FAILURE;
  }

  /** The usage text: one line per command. */
  void usage(PrintStream to) {
    to.println("usage: structview                 a demo on data embedded in the jar");
    for (Command c : commands.values()) {
      to.printf("       structview %s %s%n         %s%n", c.name(), c.arguments(), c.summary());
    }
    to.println("       structview help            this text");
    to.println();
    to.println("Files are mapped and read in place. Errors print one line and exit with status 2.");
  }
}
