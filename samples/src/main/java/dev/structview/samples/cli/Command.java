package dev.structview.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/** One subcommand of {@code structview}: {@code dump}, {@code zip}, {@code elf}, ... */
public interface Command {
  /** The word that selects it: {@code "zip"}. */
  String name();

  /** Its arguments, for the usage text: {@code "FILE"}. */
  String arguments();

  /** What it does, in a few words: {@code "list a ZIP or JAR archive's entries"}. */
  String summary();

  /** The options it takes, without dashes: {@code "offset"} for {@code --offset N}. */
  default Set<String> options() {
    return Set.of();
  }

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @param out where the results go
   * @throws UsageException if the arguments are wrong
   * @throws IOException if a file cannot be read
   * @throws dev.structview.samples.io.MalformedFileException if a file is not what the command reads
   */
  void run(Args args, PrintStream out) throws IOException;
}
