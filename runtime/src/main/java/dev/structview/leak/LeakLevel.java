package dev.structview.leak;

import java.util.Locale;

/**
 * How much the leak registry records, chosen with {@code -Dstructview.leaks=off|counts|traces}
 * (read once, when the registry is first used) or {@link Leaks#setLevel}.
 */
public enum LeakLevel {
  /** Nothing is tracked: no bookkeeping, no reports. Allocators record no allocation sites. */
  OFF,
  /**
   * The default: every releasable envelope and every allocator block is in the live set, with the
   * thread that acquired it, but no stack is captured: capturing even the calling frame made an
   * allocation 15 times slower (BENCHMARKS.md, W5). Allocators record no sites
   * ({@code LeakTracking.OFF}) unless their builder asks for {@code CALLER} or {@code STACK}.
   */
  COUNTS,
  /**
   * As {@link #COUNTS}, and each envelope and block also records the stack that acquired it
   * ({@code LeakTracking.STACK} for allocators): slower, for finding where a leak comes from.
   */
  TRACES;

  /** The system property that sets the initial level: {@value}. */
  public static final String PROPERTY = "structview.leaks";

  /**
   * Parses a level name as the system property spells it: {@code off}, {@code counts} or
   * {@code traces}, in any case, surrounding blanks ignored.
   *
   * @param value the name
   * @return the level
   * @throws IllegalArgumentException if {@code value} is null or names no level
   */
  public static LeakLevel parse(String value) {
    if (value != null) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "off":
          return OFF;
        case "counts":
          return COUNTS;
        case "traces":
          return TRACES;
        default:
          break;
      }
    }
    throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
        + " is not a leak level; use off, counts or traces");
  }
}
