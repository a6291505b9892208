package dev.structview.junit;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.ByteArray;
import dev.structview.view.MemoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test classes that {@link LeakCheckTest} runs through the JUnit engine, with planted leaks. They
 * are nested, so Surefire does not run them itself (it skips nested classes), and their results
 * are only ever looked at by {@link LeakCheckTest}.
 */
final class Fixtures {
  /** Where the fixtures keep what outlives a test, reset by {@link LeakCheckTest}. */
  static final List<Object> KEPT = new ArrayList<>();

  private Fixtures() {}

  /** One planted leak per test, and one test that leaks nothing. */
  @CheckLeaks
  static class Leaky {
    @Test
    void leaksAView() {
      MemoryView.of(new ByteArray(new byte[8])); // the planted leak: never released
    }

    @Test
    void leaksABlock() {
      BufferAllocator allocator = BufferAllocator.builder(AllocatorFamily.HEAP).name("fixture").build();
      KEPT.add(allocator);
      allocator.allocate(16); // the planted leak: never freed
    }

    @Test
    void leaksThroughAHelper() {
      open(); // the planted leak, one frame down
    }

    private static MemoryView open() {
      return MemoryView.of(new ByteArray(new byte[6]));
    }

    @Test
    void leaksOnAnotherThread() throws Exception {
      ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "fixture-worker"));
      try {
        KEPT.add(pool.submit(() -> MemoryView.of(new ByteArray(new byte[4]))).get());
      } finally {
        pool.shutdown();
      }
    }

    @Test
    void releasesEverything() {
      try (BufferAllocator allocator = BufferAllocator.heap();
          MemoryView view = MemoryView.of(new ByteArray(new byte[8]))) {
        allocator.free(allocator.allocate(4));
        MemoryView.of(view).release();
        view.cast("B").release();
      }
    }

    @Test
    void failsAndLeaks() {
      MemoryView.of(new ByteArray(new byte[2]));
      throw new AssertionError("the test's own failure");
    }

    @Test
    void dropsAnUnreleasedView() throws InterruptedException {
      MemoryView.of(new ByteArray(new byte[3])); // unreachable at once: the collector may find it first
      System.gc();
      Thread.sleep(20);
    }
  }

  /** Held from {@code @BeforeEach} to {@code @AfterEach}, or from {@code @BeforeAll} to {@code @AfterAll}: no leak. */
  @CheckLeaks
  static class SetUpAndTearDown {
    static MemoryView forTheClass;
    MemoryView forEachTest;

    @BeforeAll
    static void acquireForTheClass() {
      forTheClass = MemoryView.of(new ByteArray(new byte[8]));
    }

    @BeforeEach
    void acquireForEachTest() {
      forEachTest = MemoryView.of(new ByteArray(new byte[8]));
    }

    @Test
    void usesBoth() {
      forEachTest.set(1, 0);
      forTheClass.set(2, 0);
    }

    @AfterEach
    void releaseForEachTest() {
      forEachTest.release();
    }

    @AfterAll
    static void releaseForTheClass() {
      forTheClass.release();
    }
  }

  /** Acquired in {@code @BeforeEach} and never released: the test's leak. */
  @CheckLeaks
  static class LeakyBeforeEach {
    @BeforeEach
    void acquire() {
      KEPT.add(MemoryView.of(new ByteArray(new byte[5])));
    }

    @Test
    void test() {}
  }
}
