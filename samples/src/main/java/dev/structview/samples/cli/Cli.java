package dev.structview.samples.cli;

import dev.structview.samples.Demo;
import dev.structview.samples.bmp.BmpCommand;
import dev.structview.npy.NpyFormatException;
import dev.structview.samples.elf.ElfCommand;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.npy.NpyCommand;
import dev.structview.samples.npy.NpzCommand;
import dev.structview.samples.wav.WavCommand;
import dev.structview.samples.zip.ZipCommand;
import dev.structview.zip.ZipFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code structview} command line: picks the command, runs it (or prints the help or the
 * version), and turns every failure into one line on standard error and exit status 2 (0 on
 * success); a usage error points at the command's {@code --help}, a mistyped command at the one
 * meant. Never a stack trace: a failure
 * that is not the input's fault is reported as a bug in one line too, and so is running out of
 * memory or stack ({@link Main} catches whatever is left).
 */
public final class Cli {
  /** The exit status of every failure: bad arguments, unreadable or malformed files. */
  public static final int FAILURE = 2;
  private static final long MIB = 1 << 20;

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  /** A command line reading {@code -} from {@link System#in}, writing to {@code out} and {@code err}. */
  public Cli(PrintStream out, PrintStream err) {
    this(System.in, out, err);
  }

  /** A command line reading {@code -} from {@code in}, writing results to {@code out} and errors to {@code err}. */
  public Cli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
    add(new DumpCommand());
    add(new ZipCommand());
    add(new ElfCommand());
    add(new WavCommand());
    add(new BmpCommand());
    add(new NpyCommand());
    add(new NpzCommand());
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
    String first = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (first.startsWith("-")) {
      return option(first, rest);
    }
    if (first.equals("help")) {
      return help(rest);
    }
    Command command = commands.get(first);
    return command == null ? notACommand(first) : run(command, rest);
  }

  /** An option before any command: {@code --help} or {@code --version}. */
  private int option(String option, List<String> rest) {
    switch (option) {
      case "-h", "--help":
        return help(rest);
      case "-V", "--version":
        if (!rest.isEmpty()) {
          return fail(option + " takes no arguments, got " + String.join(" ", rest) + " (try structview help)");
        }
        out.println(Version.line());
        return 0;
      default:
        String name = option.replaceFirst("^--?", "").replaceFirst("=.*", "");
        return fail("unknown option " + option + Suggestion.closest(name, List.of("help", "version"))
            .map(s -> "; did you mean --" + s + "?").orElse("; the options are -h, --help, -V and --version")
            + " (try structview help)");
    }
  }

  /** {@code structview help [COMMAND]}: the list of commands, or one command's help. */
  private int help(List<String> rest) {
    if (rest.isEmpty()) {
      Help.overview(commands.values(), out);
    } else if (rest.size() > 1) {
      return fail("help: expected at most one COMMAND, got " + rest.size() + ": " + String.join(" ", rest)
          + " (try structview help help)");
    } else if (rest.get(0).equals("help")) {
      Help.helpUsage(out);
    } else if (commands.containsKey(rest.get(0))) {
      Help.usage(commands.get(rest.get(0)), out);
    } else {
      return notACommand(rest.get(0));
    }
    return 0;
  }

  /** A word that is no command: suggest the one meant, when it is close, as git does. */
  private int notACommand(String name) {
    List<String> names = new ArrayList<>(commands.keySet());
    names.add("help");
    return fail(Suggestion.closest(name, names).map(s -> "'" + name + "' is not a command. Did you mean '" + s + "'?")
        .orElse("'" + name + "' is not a command; the commands are " + String.join(", ", names)
            + " (try structview help)"));
  }

  private int run(Command command, List<String> rest) {
    String file = null;
    try {
      Args args = Args.parse(command.name(), rest, names(command.options()), in);
      if (args.help()) {
        Help.usage(command, out);
        return 0;
      }
      file = args.input().name();
      command.run(args, out);
      out.flush();
      return 0;
    } catch (UsageException e) {
      return fail(e.getMessage() + " (try structview " + command.name() + " --help)");
    } catch (NoSuchFileException e) {
      return fail(file + ": no such file");
    } catch (AccessDeniedException e) {
      return fail(file + ": permission denied");
    } catch (Input.TooLargeException e) {
      return fail(file + ": " + e.getMessage());
    } catch (IOException e) {
      return fail(file + ": cannot read: " + e.getMessage());
    } catch (MalformedFileException e) {
      return fail(file + ": " + e.getMessage());
    } catch (ZipFormatException e) {
      return fail(file + ": " + e.problem());
    } catch (NpyFormatException e) {
      return fail(e.getMessage()); // it names the file, or the file's member
    } catch (OutOfMemoryError e) {
      return fail(outOfMemory("reading " + file));
    } catch (RuntimeException | Error e) { // StackOverflowError; InternalError when a mapped file shrinks under us
      return fail(internalError("reading " + file, e));
    }
  }

  private static Set<String> names(List<Option> options) {
    Set<String> names = new LinkedHashSet<>();
    options.forEach(o -> names.add(o.name()));
    return names;
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
}
