package dev.structview.leak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The leak registry's API: which managed-buffer envelopes and allocator blocks were acquired and
 * never released, and where.
 *
 * <pre>{@code
 * long mark = Leaks.mark();
 * runTheCodeUnderTest();
 * List<Leak> left = Leaks.unreleasedSince(mark);   // acquired since the mark, still not released
 * if (!left.isEmpty()) {
 *   System.err.println(Leaks.report(left));
 * }
 * }</pre>
 *
 * <h2>What is tracked</h2>
 * <ul>
 *   <li>Every {@code ManagedBuffer} whose exporter has something to release: an exporter that
 *       overrides {@code BufferExporter.releaseBuffer} ({@code ByteArray}, allocator blocks, views
 *       and record arrays exported again, your own exporters). Exporters that keep the interface's
 *       default, which does nothing ({@code MemoryView.of(byte[])}, {@code of(ByteBuffer)}, the
 *       arrays of generated views over arrays and buffers), are CPython's exporters without
 *       {@code bf_releasebuffer}: there is nothing to leak, so they are not tracked and cost
 *       nothing.
 *   <li>Every {@code Block} of every {@code BufferAllocator}, from allocation until it is freed,
 *       moved by {@code reallocate} or reclaimed by the allocator's {@code close()} (which reports
 *       those itself, with {@code LeakException}).
 * </ul>
 * Tracking is exact: every such resource is in the live set from acquisition to release, with no
 * sampling. A resource that becomes unreachable without being released leaves the live set for
 * {@link #collected()} and is logged at {@code ERROR} to the {@code dev.structview.leak}
 * {@link System.Logger}, naming the exporter (by class and identity hash) and the site. The
 * registry holds resources only through weak references, so tracking never keeps an envelope, a
 * block or an exporter alive.
 *
 * <h2>Levels</h2>
 * {@code -Dstructview.leaks=off|counts|traces} sets the level when the registry is first used
 * (default {@code counts}; an unknown value is logged and ignored), {@link #setLevel} at any time.
 * A level applies to resources acquired after it is set; allocators also take their default
 * {@code LeakTracking} from it when they are built. See {@link LeakLevel}.
 *
 * <h2>Threads</h2>
 * Every method is thread-safe; snapshots are consistent per resource, not across resources
 * acquired or released while the snapshot is taken.
 */
public final class Leaks {
  private static volatile LeakLevel level = initialLevel(System.getProperty(LeakLevel.PROPERTY));

  private Leaks() {}

  /** Returns the current level. */
  public static LeakLevel level() {
    return level;
  }

  /**
   * Sets the level for resources acquired from now on; resources already tracked stay tracked
   * until released.
   *
   * @param newLevel the level
   * @throws IllegalArgumentException if {@code newLevel} is null
   */
  public static void setLevel(LeakLevel newLevel) {
    if (newLevel == null) {
      throw new IllegalArgumentException("level must not be null");
    }
    level = newLevel;
  }

  /**
   * Returns the sequence number of the latest acquisition: resources acquired from now on have
   * larger {@link Leak#id()}s. Pass it to {@link #unreleasedSince} later.
   */
  public static long mark() {
    return Registry.GLOBAL.mark();
  }

  /**
   * Returns every tracked resource acquired and not yet released, oldest first: those still
   * reachable, and any the collector has cleared but the registry has not yet seen go
   * ({@link Leak#collected()} true).
   */
  public static List<Leak> live() {
    return Registry.GLOBAL.live(0);
  }

  /**
   * Returns the resources found unreachable without having been released, in acquisition order:
   * the last 1000 found ({@link #collectedCount()} counts them all).
   */
  public static List<Leak> collected() {
    return Registry.GLOBAL.collected(0);
  }

  /** Returns how many resources have been found unreachable without having been released. */
  public static long collectedCount() {
    return Registry.GLOBAL.collectedCount();
  }

  /**
   * Returns the resources acquired after {@code mark} and not released: live or found unreachable,
   * oldest first.
   *
   * @param mark a value {@link #mark()} returned
   */
  public static List<Leak> unreleasedSince(long mark) {
    List<Leak> out = new ArrayList<>(Registry.GLOBAL.live(mark));
    out.addAll(Registry.GLOBAL.collected(mark));
    out.sort(Comparator.comparingLong(Leak::id));
    return out;
  }

  /**
   * Returns the report of every resource not released ({@link #unreleasedSince unreleasedSince(0)}),
   * or {@code ""} if there is none.
   */
  public static String report() {
    return report(unreleasedSince(0));
  }

  /**
   * Returns a report of {@code leaks}: a count, then one entry per leak ({@link Leak#toString()});
   * {@code ""} for an empty list.
   *
   * <pre>
   * 2 structview resources were not released:
   *   ManagedBuffer[pins=1, exporter=ByteArray[length=8, exports=1]], acquired on thread "main" (no site recorded; -Dstructview.leaks=traces records it)
   *   block #1 (64 bytes) of HEAP allocator heap-1, allocated on thread "main" at com.example.Parser.read(Parser.java:42)
   * </pre>
   *
   * @param leaks the leaks to report
   * @throws IllegalArgumentException if {@code leaks} is null
   */
  public static String report(List<Leak> leaks) {
    if (leaks == null) {
      throw new IllegalArgumentException("leaks must not be null");
    }
    if (leaks.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder().append(leaks.size())
        .append(leaks.size() == 1 ? " structview resource was" : " structview resources were")
        .append(" not released:");
    for (Leak leak : leaks) {
      out.append("\n  ").append(leak);
    }
    return out.toString();
  }

  /** The level the property's value gives: its level, or the default if it is absent or unknown. */
  static LeakLevel initialLevel(String value) {
    if (value == null) {
      return LeakLevel.COUNTS;
    }
    try {
      return LeakLevel.parse(value);
    } catch (IllegalArgumentException e) {
      // A typo must not break every view in the program: say so, and keep the default.
      System.getLogger(LeakLog.NAME).log(System.Logger.Level.WARNING, e.getMessage() + "; using counts");
      return LeakLevel.COUNTS;
    }
  }
}
