package dev.structview.bench;

/** The JVM arguments of every benchmark fork; constants, because JMH's {@code @Fork} needs them so. */
final class Jvm {
  /**
   * Agrona 2 (SBE's buffers) reaches {@code jdk.internal.misc.Unsafe}: Java 17 must export it. Only
   * the forks get this; nothing in structview needs it.
   */
  static final String AGRONA = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
  /** A fixed heap, so that no fork resizes it while it is measured. */
  static final String HEAP_MIN = "-Xms2g";
  /** See {@link #HEAP_MIN}. */
  static final String HEAP_MAX = "-Xmx2g";
  /**
   * Touches every page of the heap before the fork runs. Without it a contender that allocates (a
   * stream, a slice, a list of values) also times the kernel zeroing each page of the heap the first
   * time its allocations reach it, which in a 2 GiB heap lasts the whole fork: W1i's reversed
   * for-each over 4096 records (424 B an operation) spent 29% of its time in the kernel's
   * {@code clear_page_erms} and ran 3,173 ± 2,422 ns an operation, 2,187 ± 58 with this
   * (JDK 25, 2026-12-07). Code that allocates nothing is not affected. It costs each fork 2.6 s
   * at its start on JDK 17, 0.5 s on JDK 25.
   */
  static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
  /** Turns Agrona's bounds checks off: SBE at its fastest, for the {@code sbeUnchecked} benchmarks. */
  static final String NO_BOUNDS_CHECKS = "-Dagrona.disable.bounds.checks=true";

  private Jvm() {}
}
