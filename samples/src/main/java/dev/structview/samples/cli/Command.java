package dev.structview.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code structview}: {@code dump}, {@code zip}, {@code elf}, ... What it says
 * about itself is its help: {@code structview help NAME} and {@code structview NAME --help} print
 * it, and the parser accepts exactly the options it lists.
 */
public interface Command {
  /** The word that selects it: {@code "zip"}. */
  String name();

  /** Its arguments, for the synopsis: {@code "FILE"}, {@code "--format FMT [--offset N] FILE"}. */
  String arguments();

  /** What it does, in a line of a few words: {@code "list a ZIP or JAR archive's entries"}. */
  String summary();

  /** The options it takes, each with a value, in the order its help lists them. */
  default List<Option> options() {
    return List.of();
  }

  /** What FILE may be, for the help: by default a path, or {@code -} for standard input, read whole. */
  default String fileHelp() {
    return "FILE is a path, or - to read standard input (whole, into memory: at most "
        + Input.mebibytes(Input.STDIN_LIMIT) + ").";
  }

  /** A command line that shows it in use, as a user types it: {@code "structview zip app.jar"}. */
  String example();

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
