package dev.structview.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.NullSweep;
import dev.structview.testing.NullSweepReport;
import dev.structview.testing.PublicApi;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of structview-junit, called with {@code null} in each
 * reference parameter, answers with an {@link IllegalArgumentException}, as the runtime's do (see
 * the runtime's {@code dev.structview.fuzz.NullArgumentSweepTest}).
 */
class NullArgumentSweepTest {
  @Test
  void noPublicMemberThrowsAnythingButIllegalArgumentExceptionForNull() {
    NullSweepReport report = new NullSweep().receiver(LeakCheck.class, LeakCheck::new)
        .run(PublicApi.classes(LeakCheck.class, "dev.structview.junit"));
    System.out.println("NullArgumentSweepTest (junit): " + report.summary());
    assertTrue(report.problems().isEmpty(), report::describeProblems);
    assertEquals(Set.of(), report.accepted(), "no parameter of the extension gives null a meaning");
    // beforeEach and afterEach: a scan that lost them must not pass.
    assertTrue(report.positions() >= 2, report::summary);
  }
}
