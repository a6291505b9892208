package dev.structview.testing;

import java.security.SecureRandom;

/**
 * How many tries a {@link Property} runs, and with which seed, from its budget and the system
 * properties:
 *
 * <ul>
 *   <li>{@code -Dstructview.fuzz=ci} (the default): {@link #ci()} tries with the fixed seed
 *       {@value #CI_SEED}, so every build tests the same samples and a failure reproduces as is;
 *   <li>{@code -Dstructview.fuzz=long}: {@link #longRun()} tries with a fresh random seed;
 *   <li>{@code -Dstructview.fuzz.seed=N} sets the seed in either mode, {@code -Dstructview.fuzz.tries=N}
 *       the number of tries;
 *   <li>{@code -Dstructview.fuzz.try=I} (with the seed of the failed run) replays try {@code I}
 *       alone, at {@code -Dstructview.fuzz.size=Z} if the failure report names a size.
 * </ul>
 *
 * @param ci tries in the normal build
 * @param longRun tries with {@code -Dstructview.fuzz=long}
 */
public record Budget(int ci, int longRun) {
  /** The seed of CI-sized runs. */
  public static final long CI_SEED = 20261121L;
  /** The long run's tries unless a property sets its own. */
  public static final int LONG_RUN = 1_000_000;

  static final String MODE = "structview.fuzz";
  static final String SEED = "structview.fuzz.seed";
  static final String TRIES = "structview.fuzz.tries";
  static final String TRY = "structview.fuzz.try";
  static final String SIZE = "structview.fuzz.size";

  /** Checks the counts. */
  public Budget {
    if (ci <= 0 || longRun <= 0) {
      throw new IllegalArgumentException("ci=" + ci + " longRun=" + longRun + ": tries must be positive");
    }
  }

  /** Whether {@code -Dstructview.fuzz=long} asks for the long run. */
  public static boolean isLongRun() {
    String mode = System.getProperty(MODE, "ci");
    if (!mode.equals("ci") && !mode.equals("long")) {
      throw new IllegalArgumentException(MODE + "=" + mode + ": expected ci or long");
    }
    return mode.equals("long");
  }

  /** What one property runs: its tries and seed, or the one try to replay. */
  record Plan(String mode, long tries, long seed, Long replayTry, int size) {}

  Plan plan() {
    boolean longRun = isLongRun();
    String seed = System.getProperty(SEED);
    String replay = System.getProperty(TRY);
    if (replay != null && seed == null) {
      throw new IllegalArgumentException(TRY + " replays a try of one run: give its " + SEED + " too");
    }
    return new Plan(replay != null ? "replay" : longRun ? "long" : "ci",
        Long.getLong(TRIES, longRun ? longRun() : ci()),
        seed != null ? Long.parseLong(seed) : longRun ? new SecureRandom().nextLong() : CI_SEED,
        replay != null ? Long.valueOf(replay) : null,
        Integer.getInteger(SIZE, Source.FULL));
  }
}
