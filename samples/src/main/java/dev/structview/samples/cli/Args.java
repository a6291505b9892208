package dev.structview.samples.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's arguments: options that take a value ({@code --count 5} or {@code --count=5}),
 * {@code -h} or {@code --help}, and positional arguments, checked against what the command
 * accepts. {@code --} ends the options; a lone {@code -} is a positional argument (standard input).
 */
public final class Args {
  private final String command;
  private final InputStream stdin;
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();
  private boolean help;

  private Args(String command, InputStream stdin) {
    this.command = command;
    this.stdin = stdin;
  }

  /** Parses {@code args} as {@link #parse(String, List, Set, InputStream)} does, with no standard input. */
  static Args parse(String command, List<String> args, Set<String> known) {
    return parse(command, args, known, InputStream.nullInputStream());
  }

  /**
   * Parses {@code args}, accepting only the options named in {@code known} (without dashes). Parsing
   * stops at {@code -h} or {@code --help}: the user wants the help, whatever else is there.
   *
   * @param stdin what {@code -} as FILE reads
   * @throws UsageException for an unknown or repeated option, or one without its value
   */
  static Args parse(String command, List<String> args, Set<String> known, InputStream stdin) {
    Args parsed = new Args(command, stdin);
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals(Input.STANDARD_INPUT)) {
        parsed.positional.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true; // what follows is positional, even if it starts with -
      } else if (arg.equals("-h") || arg.equals("--help")) {
        parsed.help = true;
        return parsed;
      } else if (!arg.startsWith("--")) {
        throw parsed.unknown(arg, arg, known); // no command has one-letter options
      } else {
        int eq = arg.indexOf('=');
        String name = arg.substring(2, eq < 0 ? arg.length() : eq);
        if (!known.contains(name)) {
          throw parsed.unknown(arg.substring(0, eq < 0 ? arg.length() : eq), name, known);
        }
        String value = eq >= 0 ? arg.substring(eq + 1) : ++i < args.size() ? args.get(i) : null;
        parsed.put(name, value);
      }
    }
    return parsed;
  }

  private UsageException unknown(String option, String name, Set<String> known) {
    if (known.isEmpty()) {
      return new UsageException(command + ": unknown option " + option + "; " + command + " takes no options");
    }
    return new UsageException(command + ": unknown option " + option + Suggestion.closest(name, known)
        .map(s -> "; did you mean --" + s + "?")
        .orElse("; it takes --" + String.join(", --", new TreeSet<>(known))));
  }

  private void put(String name, String value) {
    if (value == null) {
      throw new UsageException(command + ": --" + name + " needs a value");
    }
    if (options.put(name, value) != null) {
      throw new UsageException(command + ": --" + name + " is given twice");
    }
  }

  /** Whether {@code -h} or {@code --help} was given: the command's help is wanted, not a run. */
  boolean help() {
    return help;
  }

  /**
   * Returns the one positional argument, the FILE: a path, or {@code -} for standard input.
   *
   * @throws UsageException if there is none or more than one, or it cannot be a path
   */
  public Input input() {
    if (positional.size() != 1) {
      throw new UsageException(command + ": expected one FILE, got " + (positional.isEmpty() ? "none"
          : positional.size() + ": " + String.join(" ", positional)));
    }
    return Input.of(command, positional.get(0), stdin, Input.STDIN_LIMIT);
  }

  /** Returns an option's value, or {@code null} when it is not given. */
  public String option(String name) {
    return options.get(name);
  }

  /**
   * Returns a non-negative whole-number option (decimal, or hexadecimal after {@code 0x}).
   *
   * @throws UsageException if it is not such a number
   */
  public long number(String name, long absent) {
    String value = options.get(name);
    if (value == null) {
      return absent;
    }
    try {
      boolean hex = value.startsWith("0x") || value.startsWith("0X");
      long n = hex ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(command + ": --" + name + " must be a whole number of at least 0, got \"" + value
          + "\"");
    }
  }
}
