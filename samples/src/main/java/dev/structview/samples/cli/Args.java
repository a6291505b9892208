package dev.structview.samples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's arguments: options that take a value ({@code --count 5} or {@code --count=5}) and
 * positional arguments, checked against what the command accepts.
 */
public final class Args {
  private final String command;
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args(String command) {
    this.command = command;
  }

  /**
   * Parses {@code args}, accepting only the options named in {@code known} (without dashes).
   *
   * @throws UsageException for an unknown or repeated option, or one without its value
   */
  public static Args parse(String command, List<String> args, Set<String> known) {
    Args parsed = new Args(command);
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("--")) {
        parsed.positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true; // what follows is positional, even if it starts with --
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      if (!known.contains(name)) {
        throw new UsageException(command + ": unknown option " + arg + (known.isEmpty() ? "" : "; it takes --"
            + String.join(", --", new TreeSet<>(known))));
      }
      String value = eq >= 0 ? arg.substring(eq + 1) : ++i < args.size() ? args.get(i) : null;
      if (value == null) {
        throw new UsageException(command + ": --" + name + " needs a value");
      }
      if (parsed.options.put(name, value) != null) {
        throw new UsageException(command + ": --" + name + " is given twice");
      }
    }
    return parsed;
  }

  /**
   * Returns the one positional argument, a file.
   *
   * @throws UsageException if there is none or more than one
   */
  public Path file() {
    if (positional.size() != 1) {
      throw new UsageException(command + ": expected one FILE, got " + (positional.isEmpty() ? "none"
          : positional.size() + ": " + String.join(" ", positional)));
    }
    return Path.of(positional.get(0));
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
