package dev.structview.samples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The help texts, made from what the commands say about themselves: the list of commands
 * ({@code structview help}) and one command's usage ({@code structview help dump}, or
 * {@code structview dump --help}). Both go to standard output: asked for, help is the result.
 */
final class Help {
  /** The summary of the {@code help} command, which is no {@link Command}. */
  static final String HELP_SUMMARY = "list the commands, or print one's options and an example";

  private Help() {}

  /** Prints the list of commands, a line each, and the options that come before a command. */
  static void overview(Collection<Command> commands, PrintStream out) {
    out.println("usage: structview [-h | --help] [-V | --version] COMMAND [OPTIONS] FILE");
    out.println();
    out.println("commands:");
    List<List<String>> rows = new ArrayList<>();
    commands.forEach(c -> rows.add(List.of(c.name(), c.summary())));
    rows.add(List.of("help", HELP_SUMMARY));
    columns(rows, out);
    out.println();
    out.println("options:");
    columns(List.of(List.of("-h, --help", "print this list; after a command, print that command's help"),
        List.of("-V, --version", "print structview's version")), out);
    out.println();
    out.println("FILE is a path, or - for standard input. Without a command, structview runs a demo on data");
    out.println("embedded in the jar. Errors print one line on standard error and exit with status 2.");
    out.println("'structview help COMMAND' prints a command's options and an example.");
  }

  /** Prints one command's usage: synopsis, what it does, its options, what FILE may be, an example. */
  static void usage(Command command, PrintStream out) {
    out.println("usage: structview " + command.name() + " " + command.arguments());
    out.println();
    out.println(sentence(command.summary()));
    out.println();
    out.println("options:");
    List<List<String>> rows = new ArrayList<>();
    command.options().forEach(o -> rows.add(List.of(o.synopsis(), o.help())));
    rows.add(List.of("-h, --help", "print this help"));
    columns(rows, out);
    out.println();
    out.println(command.fileHelp());
    out.println("A pipe or device (/dev/stdin, <(...), a FIFO) is read as standard input is, as it comes.");
    out.println();
    out.println("example:");
    out.println("  " + command.example());
  }

  /** Prints the usage of {@code help} itself. */
  static void helpUsage(PrintStream out) {
    out.println("usage: structview help [COMMAND]");
    out.println();
    out.println(sentence(HELP_SUMMARY));
    out.println();
    out.println("example:");
    out.println("  structview help dump");
  }

  private static String sentence(String summary) {
    return Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".";
  }

  /** Two columns, the first as wide as its widest cell: names, then what they mean. */
  private static void columns(List<List<String>> rows, PrintStream out) {
    int width = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
    rows.forEach(r -> out.println("  " + r.get(0) + " ".repeat(width - r.get(0).length()) + "  " + r.get(1)));
  }
}
