package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.leak.Leak;
import dev.structview.leak.Leaks;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads share the views of one {@link ManagedBuffer} and derive (slice, cast,
 * {@code MemoryView.of}, {@code toReadOnly}), export and end exports, pin and unpin, read, and
 * release them, in a seeded random order, many rounds over. Every round checks that the exporter
 * is asked once and released exactly once, after the last hold; that no count goes negative; that
 * a view held by a thread keeps the export alive; that only the documented exceptions occur
 * ({@link IllegalStateException} for use after release, {@code BufferException} for release with
 * live exports); and that afterwards every view is either released or usable and can be released.
 *
 * <p>Set {@code -Dstructview.stress.seed=N} to replay another schedule (thread interleavings differ
 * from run to run; the operations each thread picks do not). On a machine busy with other work
 * the rounds after the fifth stop at a four-second budget.
 */
class ManagedBufferStressTest {
  private static final long SEED = Long.getLong("structview.stress.seed", 20_261_121L);
  private static final int THREADS = 16;
  private static final int ROUNDS = 20;
  /** Rounds always run; the rest stop at the time budget, so that a loaded machine stays fast. */
  private static final int MIN_ROUNDS = 5;
  private static final long BUDGET_NANOS = 4_000_000_000L;
  private static final int OPERATIONS = 1_500;
  private static final int SLOTS = 24;

  @Test
  void sixteenThreadsDeriveExportPinAndReleaseOneEnvelopeInRandomOrder() throws Exception {
    long mark = Leaks.mark();
    Random seeds = new Random(SEED);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long deadline = System.nanoTime() + BUDGET_NANOS;
      for (int round = 0; round < ROUNDS && (round < MIN_ROUNDS || System.nanoTime() < deadline); round++) {
        new StressRound("seed=" + SEED + " round=" + round, SLOTS).run(pool, THREADS, OPERATIONS, seeds.nextLong());
      }
    } finally {
      pool.shutdownNow();
    }
    // The leak registry saw each envelope out, however its last release raced.
    List<Leak> left = Leaks.unreleasedSince(mark).stream()
        .filter(leak -> leak.resource().contains("StressExporter")).collect(Collectors.toList());
    assertEquals(List.of(), left);
  }
}
