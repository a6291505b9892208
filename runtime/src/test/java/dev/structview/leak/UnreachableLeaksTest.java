package dev.structview.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.BufferAllocator;
import dev.structview.alloc.LeakTracking;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.view.MemoryView;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resources that become unreachable without being released are found, reported and logged; and
 * tracking keeps neither them nor their exporters alive, even when an exporter refers back to its
 * own view.
 */
class UnreachableLeaksTest {
  private final LeakLevel before = Leaks.level();
  private final Logger logger = Logger.getLogger("dev.structview.leak");
  private final Queue<String> logged = new ConcurrentLinkedQueue<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getLevel() + " " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureTheLog() {
    logger.addHandler(capture);
    logger.setUseParentHandlers(false); // these leaks are planted: keep them off the console
  }

  @AfterEach
  void restore() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
    Leaks.setLevel(before);
  }

  /** An exporter that holds its own view, as a cache might: a cycle through the envelope. */
  static final class SelfViewing implements BufferExporter {
    MemoryView self;

    @Override
    public BufferInfo getBuffer(int flags) {
      return BufferInfo.fillInfo(this, ByteBuffer.allocate(8), 0, 8, false, flags);
    }

    @Override
    public void releaseBuffer(BufferInfo info) {}
  }

  /** The parts of a dropped envelope that the test watches, and how a report names its exporter. */
  private record Dropped(WeakReference<Object> exporter, WeakReference<Object> envelope, String name) {}

  private static Dropped dropAnUnreleasedView() {
    SelfViewing exporter = new SelfViewing();
    exporter.self = MemoryView.of(exporter);
    return new Dropped(new WeakReference<>(exporter), new WeakReference<>(exporter.self.managedBuffer()),
        "ManagedBuffer[exporter=" + SelfViewing.class.getName() + "@"
            + Integer.toHexString(System.identityHashCode(exporter)) + "]");
  }

  @Test
  void anEnvelopeDroppedUnreleasedIsReportedWithoutBeingKeptAlive() {
    Leaks.setLevel(LeakLevel.TRACES);
    long mark = Leaks.mark();
    long count = Leaks.collectedCount();
    Dropped dropped = dropAnUnreleasedView();
    awaitCollected(() -> dropped.exporter().get() == null && dropped.envelope().get() == null
        && Leaks.collected().stream().anyMatch(l -> l.id() > mark));
    Leak leak = only(Leaks.unreleasedSince(mark));
    assertEquals(dropped.name(), leak.resource());
    assertTrue(leak.collected());
    assertEquals("dropAnUnreleasedView", leak.site().get(0).getMethodName());
    assertEquals(count + 1, Leaks.collectedCount());
    assertEquals(List.of(), Leaks.live().stream().filter(l -> l.id() > mark).collect(Collectors.toList()));
    String line = logged.stream().filter(m -> m.contains(dropped.name())).findFirst().orElse("nothing logged");
    assertTrue(line.startsWith("SEVERE LEAK: " + dropped.name() + ", garbage-collected without being released,"
        + " acquired on thread \"" + Thread.currentThread().getName() + "\" at:\n      at "
        + UnreachableLeaksTest.class.getName() + ".dropAnUnreleasedView("), line);
  }

  private static WeakReference<Object> dropAnAllocatorWithALiveBlock() {
    BufferAllocator allocator = BufferAllocator.builder(AllocatorFamily.HEAP).name("dropped")
        .leakTracking(LeakTracking.CALLER).build();
    allocator.allocate(8);
    return new WeakReference<>(allocator);
  }

  @Test
  void aBlockCollectedWithItsUnclosedAllocatorIsReported() {
    Leaks.setLevel(LeakLevel.COUNTS);
    long mark = Leaks.mark();
    WeakReference<Object> allocator = dropAnAllocatorWithALiveBlock();
    awaitCollected(() -> allocator.get() == null && Leaks.collected().stream().anyMatch(l -> l.id() > mark));
    Leak leak = only(Leaks.unreleasedSince(mark));
    assertEquals("block #1 (8 bytes) of HEAP allocator dropped", leak.resource());
    assertTrue(leak.collected());
    assertEquals("dropAnAllocatorWithALiveBlock", leak.site().get(0).getMethodName());
    assertTrue(logged.stream().anyMatch(m -> m.startsWith("SEVERE LEAK: block #1 (8 bytes) of HEAP allocator"
        + " dropped, garbage-collected without being freed")), logged.toString());
  }

  /** Collects garbage until the condition holds, for at most ten seconds. */
  private static void awaitCollected(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("not collected and reported within 10 s");
      }
      System.gc();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(e);
      }
    }
  }

  private static Leak only(List<Leak> leaks) {
    assertEquals(1, leaks.size(), leaks.toString());
    return leaks.get(0);
  }
}
