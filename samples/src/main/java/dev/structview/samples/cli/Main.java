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
    Cli cli = new Cli(System.out, System.err);
    int status;
    try {
      status = cli.run(args);
    } catch (OutOfMemoryError e) {
      status = cli.fail(Cli.outOfMemory("running structview " + String.join(" ", args)));
    } catch (Throwable e) { // never a stack trace: whatever escaped the commands' own handling is a bug
      status = cli.fail(Cli.internalError("running structview " + String.join(" ", args), e));
    }
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
