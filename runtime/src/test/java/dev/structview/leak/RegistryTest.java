package dev.structview.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A private registry's bookkeeping: release against collection, and the bounded history. */
class RegistryTest {
  private final AtomicInteger reported = new AtomicInteger();
  private final Registry registry = new Registry(leak -> reported.incrementAndGet());

  private Tracked track(Object resource) {
    return registry.add(new Tracked.Envelope(resource, new Object(), registry, List.of()));
  }

  @Test
  void aReleaseEndsTrackingOnceAndIsNeverReportedLater() {
    Tracked tracked = track(new Object());
    assertEquals(1, registry.live(0).size());
    tracked.release();
    tracked.release(); // idempotent
    assertEquals(List.of(), registry.live(0));
    collectUntil(() -> tracked.refersTo(null));
    assertEquals(List.of(), registry.collected(0));
    assertEquals(0, reported.get());
  }

  @Test
  void theHistoryKeepsTheLatestThousandAndTheCountKeepsThemAll() {
    long mark = registry.mark();
    for (int i = 0; i < Registry.HISTORY + 5; i++) {
      track(new Object()); // unreachable at once
    }
    collectUntil(() -> registry.collectedCount() == Registry.HISTORY + 5);
    List<Leak> kept = registry.collected(mark);
    assertEquals(Registry.HISTORY, kept.size());
    assertTrue(kept.stream().allMatch(l -> l.collected() && l.id() > mark && l.id() <= mark + Registry.HISTORY + 5));
    for (int i = 1; i < kept.size(); i++) {
      assertTrue(kept.get(i - 1).id() < kept.get(i).id(), "in acquisition order");
    }
    assertEquals(Registry.HISTORY + 5, reported.get());
    assertEquals(List.of(), registry.live(mark));
  }

  private void collectUntil(BooleanSupplier done) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("the collector did not get there within 10 s");
      }
      System.gc();
      registry.drain();
      Thread.onSpinWait();
    }
  }
}
