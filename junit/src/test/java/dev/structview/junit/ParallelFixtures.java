package dev.structview.junit;

import dev.structview.buffer.ByteArray;
import dev.structview.view.MemoryView;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Classes that {@link ParallelLeakCheckTest} runs in parallel: checked tests that leak nothing next
 * to unchecked tests that leak on purpose. Each test records how many tests were running when it
 * started and when it ended.
 */
final class ParallelFixtures {
  static final AtomicInteger RUNNING = new AtomicInteger();
  /** The most tests seen running at once by each test, itself included. */
  static final Map<String, Integer> MOST_AT_ONCE = new ConcurrentHashMap<>();

  private ParallelFixtures() {}

  static void run(TestInfo info, Runnable body) throws InterruptedException {
    String name = info.getTestClass().orElseThrow().getSimpleName() + "." + info.getDisplayName();
    int atStart = RUNNING.incrementAndGet();
    try {
      body.run();
      Thread.sleep(150); // long enough for the other tests to start, if anything lets them
      MOST_AT_ONCE.put(name, Math.max(atStart, RUNNING.get()));
    } finally {
      RUNNING.decrementAndGet();
    }
  }

  /** Checked, and clean: must pass however much the tests beside it leak. */
  @CheckLeaks
  static class Checked {
    @Test
    void one(TestInfo info) throws InterruptedException {
      run(info, () -> MemoryView.of(new ByteArray(new byte[1])).release());
    }

    @Test
    void two(TestInfo info) throws InterruptedException {
      run(info, () -> MemoryView.of(new ByteArray(new byte[2])).release());
    }
  }

  /** Not checked: leaks in every test, while the checked class would be running if it could. */
  static class UncheckedLeaky {
    @Test
    void one(TestInfo info) throws InterruptedException {
      run(info, () -> Fixtures.KEPT.add(MemoryView.of(new ByteArray(new byte[3]))));
    }

    @Test
    void two(TestInfo info) throws InterruptedException {
      run(info, () -> Fixtures.KEPT.add(MemoryView.of(new ByteArray(new byte[4]))));
    }

    @Test
    void three(TestInfo info) throws InterruptedException {
      run(info, () -> Fixtures.KEPT.add(MemoryView.of(new ByteArray(new byte[5]))));
    }
  }
}
