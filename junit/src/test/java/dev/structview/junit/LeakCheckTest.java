package dev.structview.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs the {@link Fixtures} through the JUnit engine and checks what {@link LeakCheck} made of each test. */
@ExtendWith(QuietLeakLog.class)
class LeakCheckTest {
  private static final String NO_SITE = " (no site recorded; -Dstructview.leaks=traces records it)";

  private final LeakLevel before = Leaks.level();
  private final String thread = Thread.currentThread().getName(); // EngineTestKit runs tests here

  @AfterEach
  void cleanUp() {
    Leaks.setLevel(before);
    Fixtures.KEPT.clear();
  }

  @Test
  void aPlantedLeakFailsTheTestNamingTheResourceAndTheThread() {
    Map<String, Optional<Throwable>> results = run(Fixtures.Leaky.class, LeakLevel.COUNTS);
    assertEquals("Leaky.leaksAView() left 1 structview resource unreleased:\n"
        + "  ManagedBuffer[pins=1, exporter=ByteArray[length=8, exports=1]], acquired on thread \"" + thread
        + "\"" + NO_SITE, failure(results, "leaksAView()").getMessage());
  }

  @Test
  void aLeakedBlockNamesItsAllocatorAndAtTracesTheCallingFrame() {
    String message = failure(run(Fixtures.Leaky.class, LeakLevel.COUNTS), "leaksABlock()").getMessage();
    assertEquals("Leaky.leaksABlock() left 1 structview resource unreleased:\n"
        + "  block #1 (16 bytes) of HEAP allocator fixture, allocated on thread \"" + thread + "\"" + NO_SITE,
        message);
    String traced = failure(run(Fixtures.Leaky.class, LeakLevel.TRACES), "leaksABlock()").getMessage();
    String expected = "Leaky.leaksABlock() left 1 structview resource unreleased:\n"
        + "  block #1 (16 bytes) of HEAP allocator fixture, allocated on thread \"" + thread + "\" at";
    assertTrue(traced.startsWith(expected) && traced.contains(Fixtures.Leaky.class.getName()
        + ".leaksABlock(Fixtures.java:"), traced);
  }

  @Test
  void atTracesTheReportShowsTheStackThatAcquiredDownToTheTest() {
    Map<String, Optional<Throwable>> results = run(Fixtures.Leaky.class, LeakLevel.TRACES);
    String fixture = Fixtures.Leaky.class.getName();
    String inline = failure(results, "leaksAView()").getMessage();
    assertTrue(inline.startsWith("Leaky.leaksAView() left 1 structview resource unreleased:\n"
        + "  ManagedBuffer[pins=1, exporter=ByteArray[length=8, exports=1]], acquired on thread \"" + thread
        + "\" at " + fixture + ".leaksAView(Fixtures.java:"), inline);
    String[] lines = failure(results, "leaksThroughAHelper()").getMessage().split("\n");
    assertEquals(4, lines.length, String.join("\n", lines)); // JUnit's own frames are cut
    assertTrue(lines[1].endsWith(", acquired on thread \"" + thread + "\" at:"), lines[1]);
    assertTrue(lines[2].startsWith("      at " + fixture + ".open(Fixtures.java:"), lines[2]);
    assertTrue(lines[3].startsWith("      at " + fixture + ".leaksThroughAHelper(Fixtures.java:"), lines[3]);
  }

  @Test
  void aLeakOnAnotherThreadIsTheTestsToo() {
    String message = failure(run(Fixtures.Leaky.class, LeakLevel.COUNTS), "leaksOnAnotherThread()").getMessage();
    assertTrue(message.contains("ByteArray[length=4, exports=1]], acquired on thread \"fixture-worker\""), message);
  }

  @Test
  void aTestThatReleasesEverythingPasses() {
    Map<String, Optional<Throwable>> results = run(Fixtures.Leaky.class, LeakLevel.TRACES);
    assertEquals(Optional.empty(), results.get("releasesEverything()"));
    assertEquals(7, results.size(), results.keySet().toString());
  }

  @Test
  void aFailingTestKeepsItsFailureAndGetsTheLeakAsSuppressed() {
    Throwable failure = failure(run(Fixtures.Leaky.class, LeakLevel.COUNTS), "failsAndLeaks()");
    assertEquals("the test's own failure", failure.getMessage());
    assertEquals(1, failure.getSuppressed().length);
    assertTrue(failure.getSuppressed()[0].getMessage().startsWith(
        "Leaky.failsAndLeaks() left 1 structview resource unreleased:\n  ManagedBuffer["), failure.toString());
  }

  @Test
  void aLeakTheCollectorFoundFirstIsStillTheTests() {
    String message = failure(run(Fixtures.Leaky.class, LeakLevel.COUNTS), "dropsAnUnreleasedView()").getMessage();
    assertTrue(message.startsWith("Leaky.dropsAnUnreleasedView() left 1 structview resource unreleased:\n"
        + "  ManagedBuffer["), message);
    assertTrue(message.contains("ByteArray"), message);
  }

  @Test
  void holdsFromBeforeToAfterAreNotLeaksButAnUnreleasedBeforeEachIs() {
    assertEquals(Map.of("usesBoth()", Optional.empty()), run(Fixtures.SetUpAndTearDown.class, LeakLevel.COUNTS));
    String message = failure(run(Fixtures.LeakyBeforeEach.class, LeakLevel.COUNTS), "test()").getMessage();
    assertTrue(message.startsWith("LeakyBeforeEach.test() left 1 structview resource unreleased:\n"
        + "  ManagedBuffer[pins=1, exporter=ByteArray[length=5, exports=1]]"), message);
  }

  @Test
  void withTrackingOffEveryCheckedTestFailsRatherThanPassUnchecked() {
    Throwable failure = failure(run(Fixtures.SetUpAndTearDown.class, LeakLevel.OFF), "usesBoth()");
    assertEquals("@CheckLeaks needs leak tracking, but -Dstructview.leaks=off turned it off;"
        + " use counts (the default) or traces", failure.getMessage());
  }

  /** Runs a fixture class at a level; returns each test's failure, or empty if it passed. */
  static Map<String, Optional<Throwable>> run(Class<?> fixture, LeakLevel level) {
    Leaks.setLevel(level);
    try {
      Map<String, Optional<Throwable>> results = new LinkedHashMap<>();
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute()
          .testEvents().finished().stream()
          .forEach(event -> results.put(event.getTestDescriptor().getDisplayName(), throwable(event)));
      return results;
    } finally {
      Leaks.setLevel(LeakLevel.COUNTS);
    }
  }

  private static Optional<Throwable> throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
  }

  private static Throwable failure(Map<String, Optional<Throwable>> results, String test) {
    Optional<Throwable> failure = results.get(test);
    assertTrue(failure != null && failure.isPresent(), test + " did not fail: " + results);
    return failure.get();
  }
}
