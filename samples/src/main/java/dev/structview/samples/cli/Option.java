package dev.structview.samples.cli;

/**
 * One option a command takes, with a value: {@code --offset N}. The parser accepts the names, and
 * the command's help lists them with their text, so each option is described in one place.
 *
 * @param name the name without dashes: {@code "offset"}
 * @param value the placeholder of its value in the help: {@code "N"}
 * @param help what it does, in a line: {@code "start N bytes into the file; default 0"}
 */
public record Option(String name, String value, String help) {
  /** The way it is written with its value: {@code --offset N}. */
  String synopsis() {
    return "--" + name + " " + value;
  }
}
