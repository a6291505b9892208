package dev.structview.junit;

import dev.structview.leak.Leak;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves structview resources unreleased: managed-buffer envelopes never released
 * to their exporter ({@code MemoryView.of(exporter)} and the views derived from it, record arrays
 * over exporters) and allocator blocks never freed.
 *
 * <pre>{@code
 * @CheckLeaks                       // or @ExtendWith(LeakCheck.class), see below
 * class ParserTest {
 *   @Test
 *   void readsAHeader() {
 *     try (MemoryView view = MemoryView.of(block)) {
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Before each test ({@code @BeforeEach} methods included) it notes {@link Leaks#mark()}; after
 * it ({@code @AfterEach} methods included) it fails the test with an {@link AssertionError} listing
 * every resource acquired since and not released, live or already garbage-collected, each with its
 * thread and, at {@code -Dstructview.leaks=traces}, the stack that acquired it, down to the test
 * (at the default level no site is recorded, and the report says how to record one). Resources
 * acquired in {@code @BeforeAll} and released in {@code @AfterAll} are not the test's. If the test failed already, the leak error is added to its
 * failure as a suppressed exception.
 *
 * <h2>Threads and parallel tests</h2>
 * A resource belongs to the test during which it was acquired, on whatever thread: tests hand work
 * to executors, and code leaks on the threads it runs on, so attributing by the test's own thread
 * would miss exactly the leaks that concurrent code makes. That needs the checked test to run alone:
 * {@link CheckLeaks} therefore carries JUnit's {@code @Isolated}, which runs the class by itself when
 * {@code junit.jupiter.execution.parallel.enabled} is on (and changes nothing otherwise). With
 * {@code @ExtendWith(LeakCheck.class)} on a class that runs in parallel with others, add
 * {@code @Isolated} yourself.
 *
 * <p>The checks need leak tracking: at {@code -Dstructview.leaks=off} every checked test fails with
 * an {@link ExtensionConfigurationException} rather than pass unchecked.
 */
public final class LeakCheck implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheck.class);
  private static final String MARK = "mark";

  /** Creates the extension; JUnit does, for {@code @ExtendWith}. */
  public LeakCheck() {}

  /**
   * Notes where the registry stands.
   *
   * @throws ExtensionConfigurationException if leak tracking is off
   * @throws IllegalArgumentException if {@code context} is null
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    requireContext(context);
    if (Leaks.level() == LeakLevel.OFF) {
      throw new ExtensionConfigurationException("@CheckLeaks needs leak tracking, but -D"
          + LeakLevel.PROPERTY + "=off turned it off; use counts (the default) or traces");
    }
    context.getStore(NAMESPACE).put(MARK, Leaks.mark());
  }

  /**
   * Fails the test if anything it acquired is still unreleased.
   *
   * @throws AssertionError listing the unreleased resources
   * @throws IllegalArgumentException if {@code context} is null
   */
  @Override
  public void afterEach(ExtensionContext context) {
    requireContext(context);
    Long mark = context.getStore(NAMESPACE).remove(MARK, Long.class);
    if (mark == null) {
      return; // beforeEach refused to start
    }
    List<Leak> leaks = Leaks.unreleasedSince(mark);
    if (!leaks.isEmpty()) {
      throw new AssertionError(message(context, leaks));
    }
  }

  /** {@code "ParserTest.readsAHeader() left 2 structview resources unreleased:"} and one line per leak. */
  static String message(ExtensionContext context, List<Leak> leaks) {
    StringBuilder out = new StringBuilder(testName(context)).append(" left ").append(leaks.size())
        .append(leaks.size() == 1 ? " structview resource" : " structview resources").append(" unreleased:");
    for (Leak leak : leaks) {
      out.append("\n  ").append(withoutJUnitFrames(leak));
    }
    return out.toString();
  }

  /**
   * The leak with its site cut at the first JUnit frame: below the test method the stack is JUnit's
   * own machinery, the same for every leak, and would bury the frames that matter.
   */
  static Leak withoutJUnitFrames(Leak leak) {
    List<StackTraceElement> site = leak.site();
    int end = 0;
    while (end < site.size() && !site.get(end).getClassName().startsWith("org.junit.")) {
      end++;
    }
    if (end == site.size() || end == 0) {
      return leak;
    }
    return new Leak(leak.id(), leak.kind(), leak.resource(), leak.thread(), site.subList(0, end), leak.collected());
  }

  /**
   * The class and the method as JUnit names it by default ({@code readsAHeader(Path)}), and the
   * invocation's display name when it says something else (a parameterized test's arguments).
   */
  private static String testName(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    String signature = method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
    String name = context.getRequiredTestClass().getSimpleName() + "." + signature;
    String display = context.getDisplayName();
    return display.equals(signature) ? name : name + " " + display;
  }

  /** JUnit never passes null; a caller by hand gets the documented exception, not a NullPointerException. */
  private static void requireContext(ExtensionContext context) {
    if (context == null) {
      throw new IllegalArgumentException("context must not be null");
    }
  }
}
