package dev.structview.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.structview.view.MemoryView;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * With JUnit's parallel execution on, {@link CheckLeaks} runs its class alone, so the leaks of the
 * tests that run in parallel around it are never blamed on it.
 */
@ExtendWith(QuietLeakLog.class)
class ParallelLeakCheckTest {
  @AfterEach
  void cleanUp() {
    Fixtures.KEPT.forEach(kept -> ((MemoryView) kept).release());
    Fixtures.KEPT.clear();
    ParallelFixtures.MOST_AT_ONCE.clear();
  }

  @Test
  void aCheckedClassRunsAloneAndIsNotBlamedForItsNeighboursLeaks() {
    Map<String, Optional<Throwable>> results = new java.util.LinkedHashMap<>();
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(ParallelFixtures.UncheckedLeaky.class), selectClass(ParallelFixtures.Checked.class))
        .execute().testEvents().finished().stream()
        .forEach(e -> results.put(e.getTestDescriptor().getUniqueId().toString(),
            e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)));
    assertEquals(5, results.size(), results.toString());
    results.forEach((test, failure) -> assertEquals(Optional.empty(), failure, test));
    Map<String, Integer> most = ParallelFixtures.MOST_AT_ONCE;
    assertEquals(1, most.get("Checked.one(TestInfo)"), most.toString());
    assertEquals(1, most.get("Checked.two(TestInfo)"), most.toString());
    // The unchecked tests did run in parallel, so running alone was the extension's doing.
    assertTrue(most.get("UncheckedLeaky.one(TestInfo)") > 1 || most.get("UncheckedLeaky.two(TestInfo)") > 1
        || most.get("UncheckedLeaky.three(TestInfo)") > 1, most.toString());
  }
}
