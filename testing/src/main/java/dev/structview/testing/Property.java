package dev.structview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A property checked on random samples, in plain JUnit: call {@link #check} from a {@code @Test}
 * method.
 *
 * <pre>{@code
 * @Test
 * void parseGivesALayoutOrAFormatException() {
 *   Property.forAll(Formats.formatLike()).budget(4_000).check(format -> ...);
 * }
 * }</pre>
 *
 * <p>Try {@code i} of a run with seed {@code s} checks the sample {@code gen} draws from
 * {@link Source#of Source.of(s, i, FULL)}; {@link Budget} says how many tries and which seed. A
 * failure stops the run and is reported with its seed, try index and sample, and the system
 * properties that replay that one try. Before reporting, the run looks for a smaller failing sample
 * (tries at sizes from 0 up, for at most {@code -Dstructview.fuzz.shrink.seconds}, 10 by default)
 * and reports the first it finds, with its own replay line. Each run prints one line (label, mode,
 * tries, checks, seed, seconds, status) and its {@link Tally}, and appends them to
 * {@code target/fuzz-report.txt}, so that a long run leaves its record behind.
 *
 * @param <T> the samples
 */
public final class Property<T> {
  /** Samples a property skips ({@link #assume}) may be at most this many times those it checks. */
  static final int MAX_DISCARD_RATIO = 5;
  private static final int[] SHRINK_SIZES = {0, 1, 2, 3, 5, 8, 12, 20, 30, 50, 75};
  private static final int SHRINK_TRIES_PER_SIZE = 100;

  private final Gen<T> gen;
  private Budget budget;
  private Tally tally = new Tally();

  private Property(Gen<T> gen) {
    this.gen = gen;
  }

  /** Returns a property of the samples {@code gen} draws; give it a budget, then check it. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen);
  }

  /** Sets the tries: {@code ci} in the normal build, {@value Budget#LONG_RUN} in the long run. */
  public Property<T> budget(int ci) {
    return budget(ci, Budget.LONG_RUN);
  }

  /** Sets the tries: {@code ci} in the normal build, {@code longRun} in the long run. */
  public Property<T> budget(int ci, int longRun) {
    this.budget = new Budget(ci, longRun);
    return this;
  }

  /** Reports {@code counters} (which the check fills) with the run's summary. */
  public Property<T> tally(Tally counters) {
    this.tally = counters;
    return this;
  }

  /** The check of one sample: it passes by returning, fails by throwing. */
  @FunctionalInterface
  public interface Check<T> {
    /** Checks one sample. */
    void accept(T sample) throws Exception;
  }

  /**
   * Skips the current sample unless {@code condition} holds: it counts as a try, not as a check.
   * A run fails if it skips more than {@value #MAX_DISCARD_RATIO} times as many samples as it checks.
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw Discard.INSTANCE;
    }
  }

  /**
   * Runs the tries, or replays one.
   *
   * @param check the property
   * @return what ran, for assertions on the run's {@link Tally}
   * @throws AssertionError describing the first failing sample, and a smaller one if found
   */
  public Run check(Check<? super T> check) {
    if (budget == null) {
      throw new IllegalStateException("give the property a budget before checking it");
    }
    String label = caller();
    Budget.Plan plan = budget.plan();
    long start = System.nanoTime();
    long checks = 0;
    long tries = 0;
    long first = plan.replayTry() != null ? plan.replayTry() : 0;
    long end = plan.replayTry() != null ? first + 1 : plan.tries();
    for (long i = first; i < end; i++) {
      Attempt attempt = attempt(plan.seed(), i, plan.replayTry() != null ? plan.size() : Source.FULL, check);
      tries++;
      if (attempt.error() != null) {
        record(summary(label, plan, tries, checks, start, "FAILED try=" + i));
        throw failure(label, plan, attempt, check);
      }
      checks += attempt.discarded() ? 0 : 1;
    }
    long discards = tries - checks;
    boolean exhausted = plan.replayTry() == null && (checks == 0 || discards > MAX_DISCARD_RATIO * checks);
    String status = exhausted ? "EXHAUSTED" : checks == 0 ? "SKIPPED" : "SUCCESSFUL";
    List<String> lines = summary(label, plan, tries, checks, start, status);
    if (plan.replayTry() != null) {
      lines.add("  sample: " + Samples.describe(gen.next(Source.of(plan.seed(), first, plan.size()))));
    }
    record(lines);
    if (exhausted) {
      throw new AssertionError(label + " skipped " + discards + " of " + tries + " samples: the generator"
          + " rarely makes what the property assumes");
    }
    return new Run(tries, checks, plan.seed(), plan.replayTry() == null && tries >= budget.ci());
  }

  /**
   * What a successful run did.
   *
   * @param tries the samples drawn
   * @param checks the samples checked, not skipped
   * @param seed the run's seed
   * @param full whether the run tried at least the CI budget: not a replay, nor a run cut short by
   *     {@code -Dstructview.fuzz.tries}. Assertions on a {@link Tally} hold only for full runs.
   */
  public record Run(long tries, long checks, long seed, boolean full) {}

  /** One try: its coordinates, and the error it failed with or whether it was skipped. */
  private record Attempt(long seed, long index, int size, Throwable error, boolean discarded) {}

  private Attempt attempt(long seed, long index, int size, Check<? super T> check) {
    T sample;
    try {
      sample = gen.next(Source.of(seed, index, size));
    } catch (RuntimeException | Error e) {
      return new Attempt(seed, index, size, new AssertionError("the generator threw", e), false);
    }
    try {
      check.accept(sample);
      return new Attempt(seed, index, size, null, false);
    } catch (Discard d) {
      return new Attempt(seed, index, size, null, true);
    } catch (Exception | Error e) {   // AssertionError, StackOverflowError, OutOfMemoryError: all failures
      return new Attempt(seed, index, size, e, false);
    }
  }

  private AssertionError failure(String label, Budget.Plan plan, Attempt failed, Check<? super T> check) {
    StringBuilder message = new StringBuilder(label).append(" failed at try ").append(failed.index())
        .append(plan.replayTry() != null ? " (replayed)" : " of " + plan.tries()).append(", mode=")
        .append(plan.mode()).append(" seed=").append(plan.seed()).append(":\n");
    describe(message, label, failed);
    Attempt smaller = plan.replayTry() != null ? null : shrink(plan.seed(), check);
    if (smaller != null) {
      message.append("a smaller sample fails too (size ").append(smaller.size()).append(", try ")
          .append(smaller.index()).append("):\n");
      describe(message, label, smaller);
    }
    AssertionError error = new AssertionError(message.toString(), failed.error());
    if (smaller != null) {
      error.addSuppressed(smaller.error());
    }
    return error;
  }

  /** The sample (drawn again: the check may have changed it), the failure and the replay line. */
  private void describe(StringBuilder out, String label, Attempt a) {
    String sample;
    try {
      sample = Samples.describe(gen.next(Source.of(a.seed(), a.index(), a.size())));
    } catch (RuntimeException | Error e) {
      sample = "<not drawn: " + e + ">";
    }
    out.append("  sample:  ").append(sample).append('\n')
        .append("  failure: ").append(a.error()).append('\n')
        .append("  replay:  -Dtest='").append(label.replace('.', '#')).append("' -D").append(Budget.SEED).append('=')
        .append(a.seed()).append(" -D").append(Budget.TRY).append('=').append(a.index())
        .append(a.size() == Source.FULL ? "" : " -D" + Budget.SIZE + "=" + a.size()).append('\n');
  }

  /** The first failing sample at the smallest size, within the time allowed, or null. */
  private Attempt shrink(long seed, Check<? super T> check) {
    long deadline = System.nanoTime() + (long) (Double.parseDouble(
        System.getProperty("structview.fuzz.shrink.seconds", "10")) * 1e9);
    for (int size : SHRINK_SIZES) {
      for (int i = 0; i < SHRINK_TRIES_PER_SIZE; i++) {
        if (System.nanoTime() > deadline) {
          return null;
        }
        Attempt a = attempt(seed, i, size, check);
        if (a.error() != null) {
          return a;
        }
      }
    }
    return null;
  }

  private List<String> summary(String label, Budget.Plan plan, long tries, long checks, long start, String status) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "fuzz %s mode=%s tries=%d checks=%d seed=%d seconds=%.1f status=%s",
        label, plan.mode(), tries, checks, plan.seed(), (System.nanoTime() - start) / 1e9, status));
    lines.addAll(tally.lines());
    return lines;
  }

  /** The test method that called {@link #check}: {@code Class.method}. */
  private static String caller() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.filter(f -> f.getDeclaringClass() != Property.class).findFirst())
        .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName())
        .orElse("?");
  }

  private static void record(List<String> lines) {
    lines.forEach(System.out::println);
    try {
      Path report = Path.of("target", "fuzz-report.txt");
      Files.createDirectories(report.getParent());
      Files.write(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Thrown by {@link #assume}: the sample is skipped, not failed. */
  private static final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Discard INSTANCE = new Discard();

    private Discard() {
      super("sample skipped", null, false, false);
    }
  }
}
