package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One round of {@link ManagedBufferStressTest}: one exporter, one envelope, views of it in shared
 * slots, and the checks made during and after the threads' work.
 */
final class StressRound {
  /** Pins every thread closes at the same moment, in the same order, when letting go. */
  private static final int RACE_PINS = 1024;
  /** How many race pins the threads close between two meetings at a barrier. */
  static final int RACE_BATCH = 8;

  final StressExporter exporter = new StressExporter(64);
  final MemoryView root = MemoryView.of(exporter);
  final ManagedBuffer envelope = root.managedBuffer();
  final AtomicReferenceArray<MemoryView> slots;
  /** Pins any thread may close, and several do at once. */
  final AtomicReferenceArray<ManagedBuffer.Pin> sharedPins = new AtomicReferenceArray<>(8);
  /** Every view made in the round, to check and release at the end. */
  final Queue<MemoryView> all = new ConcurrentLinkedQueue<>();
  /** Exceptions the documentation does not allow, and broken invariants, from any thread. */
  final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
  private final String name;

  StressRound(String name, int slotCount) {
    this.name = name;
    this.slots = new AtomicReferenceArray<>(slotCount);
    all.add(root);
    for (int i = 0; i < slotCount; i++) {
      MemoryView view = i == 0 ? root : MemoryView.of(root);
      all.add(view);
      slots.set(i, view);
    }
  }

  /** Called by a thread that has just taken a hold: the export must still be alive. */
  void checkHeld(String what) {
    if (exporter.releases.get() != 0 || envelope.isReleased()) {
      unexpected.add(new AssertionError("the exporter was released while " + what + " held it: "
          + exporter + ", " + envelope));
    }
  }

  /** Called after every operation: no count below zero, never two exports of one envelope. */
  void checkCounts() {
    int pins = envelope.pins();
    int exports = exporter.liveExports.get();
    if (pins < 0 || exports < 0 || exports > 1) {
      unexpected.add(new AssertionError("counts out of range: pins=" + pins + " exports=" + exports));
    }
  }

  /**
   * Runs one worker per thread, all started at once; checks the state they leave; then lets every
   * thread release everything at once and checks the end state.
   */
  void run(ExecutorService pool, int threads, int operations, long seed) throws Exception {
    List<StressWorker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(new StressWorker(this, seed + t));
    }
    CountDownLatch start = new CountDownLatch(1);
    all(pool, workers, worker -> {
      start.await();
      worker.run(operations);
    }, start);
    checkMidway(workers);
    List<MemoryView> views = new ArrayList<>(all);
    List<ManagedBuffer.Pin> racePins = new ArrayList<>();
    for (int i = 0; i < RACE_PINS; i++) {
      racePins.add(envelope.pin());
    }
    SpinBarrier together = new SpinBarrier(threads);
    all(pool, workers, worker -> worker.letGo(views, racePins, together), null);
    checkEnd();
  }

  /** What one worker does in a phase. */
  private interface Phase {
    void run(StressWorker worker) throws Exception;
  }

  private void all(ExecutorService pool, List<StressWorker> workers, Phase phase, CountDownLatch start)
      throws Exception {
    List<Future<?>> futures = new ArrayList<>();
    for (StressWorker worker : workers) {
      futures.add(pool.submit(() -> {
        phase.run(worker);
        return null;
      }));
    }
    if (start != null) {
      start.countDown();
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    throwUnexpected();
  }

  private void throwUnexpected() {
    if (!unexpected.isEmpty()) {
      AssertionError error = new AssertionError(name + ": " + unexpected.size() + " failures, first: "
          + unexpected.peek(), unexpected.peek());
      unexpected.stream().skip(1).limit(4).forEach(error::addSuppressed);
      throw error;
    }
  }

  /** After the random phase: every view released or usable, and the exporter not released while held. */
  private void checkMidway(List<StressWorker> workers) {
    boolean held = workers.stream().anyMatch(w -> !w.pins.isEmpty());
    for (int i = 0; i < sharedPins.length(); i++) {
      held |= sharedPins.get(i) != null && !sharedPins.get(i).isClosed();
    }
    for (MemoryView view : all) {
      if (!view.isReleased()) {
        held = true;
        view.toBytes(); // a view that was not released must still work
      }
    }
    assertEquals(held ? 0 : 1, exporter.releases.get(), name + ": released " + exporter.releases
        + " times while " + (held ? "views or pins still held it" : "nothing held it"));
  }

  /** After every thread let go: one request, one release, nothing live, every view released. */
  private void checkEnd() {
    assertEquals(1, exporter.gets.get(), () -> name + ": getBuffer calls");
    assertEquals(1, exporter.releases.get(), () -> name + ": releaseBuffer calls after every view and pin"
        + " was let go (" + envelope + ")");
    assertEquals(0, exporter.liveExports.get(), () -> name + ": exports live at the end");
    assertEquals(0, envelope.pins(), () -> name + ": pins left at the end");
    assertTrue(envelope.isReleased(), () -> name + ": envelope released at the end");
    for (MemoryView view : all) {
      assertTrue(view.isReleased(), () -> name + ": " + view + " is not released");
    }
  }
}
