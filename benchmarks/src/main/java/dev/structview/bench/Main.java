package dev.structview.bench;

import dev.structview.bench.ticks.FfmTicks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code java -jar benchmarks.jar [--quick|--full|--iterate|--w6|--npy] [JMH options]}: runs the
 * benchmarks with {@code -prof gc} and prints them side by side, one table per workload.
 *
 * <p>{@code --quick} (the default, about a minute) runs W1 and W1c over 2^20 records with short
 * iterations; {@code --full} runs every workload with the iterations its class declares;
 * {@code --iterate} runs W1i and W1iw (the iteration forms of a record array) and W8 (W1i's scans
 * after the same code read a direct buffer), {@code --w6} the
 * big-file scan and {@code --npy} W7, the {@code .npy} file, then NumPy on the same file
 * ({@link NpyReport}), each with the iterations its class declares. Any JMH option given after the mode
 * wins over the mode's choice (a regex picks other benchmarks, {@code -p records=4096} other
 * sizes); {@code -h} and {@code -l} are JMH's own.
 */
public final class Main {
  private static final List<String> JMH_ONLY = List.of("-h", "-l", "-lp", "-lprof", "-lrf");

  private Main() {}

  /**
   * Runs the benchmarks and prints the tables.
   *
   * @param args the mode, then JMH options
   * @throws Exception if JMH fails, or the options do not parse
   */
  public static void main(String[] args) throws Exception {
    Mode named = args.length > 0 ? Mode.of(args[0]) : null;
    Mode mode = named != null ? named : Mode.QUICK;
    String[] jmhArgs = named != null ? Arrays.copyOfRange(args, 1, args.length) : args;
    if (Arrays.stream(jmhArgs).anyMatch(JMH_ONLY::contains)) {
      org.openjdk.jmh.Main.main(jmhArgs);
      return;
    }
    Options options = options(mode, parse(jmhArgs));
    System.out.print(Table.header(mode.flag()));
    System.out.println("- correctness: " + Agreement.check() + "\n");
    Collection<RunResult> results = run(options);
    System.out.print(Table.render(results));
    System.out.print(NpyReport.render(results));
    System.out.print(Table.footer());
  }

  private static CommandLineOptions parse(String[] jmhArgs) throws CommandLineOptionException {
    return new CommandLineOptions(jmhArgs);
  }

  private static Collection<RunResult> run(Options options) throws RunnerException {
    return new Runner(options).run();
  }

  /** The mode's choices, under the user's: only what the user left unset is set. */
  static Options options(Mode mode, Options user) {
    ChainedOptionsBuilder b = new OptionsBuilder().parent(user);
    if (user.getIncludes().isEmpty()) {
      b.include(mode.includes);
    }
    if (user.getProfilers().stream().noneMatch(p -> p.getKlass().equals("gc")
        || p.getKlass().equals(GCProfiler.class.getName()))) {
      b.addProfiler(GCProfiler.class);
    }
    if (!user.getResultFormat().hasValue()) {
      b.resultFormat(ResultFormatType.JSON);
    }
    if (!user.getResult().hasValue()) {
      b.result("jmh-result-" + mode.flag() + ".json");
    }
    if (!FfmTicks.available()) {
      b.exclude("\\.ffm");   // the jar was built by JDK 17, or this JVM is older than 22
    }
    if (mode == Mode.QUICK) {
      quick(b, user);
    }
    return b.build();
  }

  /** Short iterations, one size: enough for ratios that repeat within noise, in about a minute. */
  private static void quick(ChainedOptionsBuilder b, Options user) {
    if (!user.getParameter("records").hasValue()) {
      b.param("records", "1048576");
    }
    if (!user.getForkCount().hasValue()) {
      b.forks(1);
    }
    if (!user.getWarmupIterations().hasValue()) {
      b.warmupIterations(2);
    }
    if (!user.getWarmupTime().hasValue()) {
      b.warmupTime(TimeValue.milliseconds(300));
    }
    if (!user.getMeasurementIterations().hasValue()) {
      b.measurementIterations(3);
    }
    if (!user.getMeasurementTime().hasValue()) {
      b.measurementTime(TimeValue.milliseconds(400));
    }
  }

  /** What each mode runs. */
  enum Mode {
    QUICK("\\.(W1Scan|W1cColumn)\\."),
    FULL("\\.W[0-9]\\w*\\."),
    ITERATE("\\.(W1iIterate|W1iwIterateWrite|W8MixedMemory)\\."),
    W6("\\.W6BigFile\\."),
    NPY("\\.W7Npy\\.");

    final String includes;

    Mode(String includes) {
      this.includes = includes;
    }

    /** Returns the mode {@code --flag} names, or null if {@code arg} names none. */
    static Mode of(String arg) {
      for (Mode m : values()) {
        if (arg.equals("--" + m.flag())) {
          return m;
        }
      }
      return null;
    }

    /** The mode's flag without its dashes, as in the result file's name: {@code quick}, {@code w6}. */
    String flag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
