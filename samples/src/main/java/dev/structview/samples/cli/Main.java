package dev.structview.samples.cli;

/** The entry point of {@code java -jar structview.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args a command and its arguments, or none for the demo
   */
  public static void main(String[] args) {
    int status = new Cli(System.out, System.err).run(args);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
