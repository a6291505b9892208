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
  /** Turns Agrona's bounds checks off: SBE at its fastest, for the {@code sbeUnchecked} benchmarks. */
  static final String NO_BOUNDS_CHECKS = "-Dagrona.disable.bounds.checks=true";

  private Jvm() {}
}
