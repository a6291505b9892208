package dev.structview.leak;

import dev.structview.internal.Require;
import java.util.List;

/**
 * How the runtime's releasable resources join the leak registry: {@code ManagedBuffer} calls
 * {@link #managedBuffer} for each envelope and {@code BufferAllocator} calls {@link #block} for
 * each block. Applications query the registry through {@link Leaks} and have no need of this
 * class.
 *
 * <p>Each call costs nothing at {@link LeakLevel#OFF}; at {@link LeakLevel#COUNTS} one small
 * object (a weak reference) and one concurrent-set insertion; at {@link LeakLevel#TRACES} also a
 * stack walk for envelopes. Thread-safe.
 */
public final class Tracker {
  private Tracker() {}

  /** A tracked resource's registration; released when the resource is. */
  public interface Handle {
    /** The handle of a resource that is not tracked: releasing it does nothing. */
    Handle UNTRACKED = () -> { };

    /** Takes the resource out of the live set: it was released. Idempotent and thread-safe. */
    void release();
  }

  /**
   * What a leak report says about a block.
   *
   * @param allocator the allocator's name
   * @param family the allocator's family, such as {@code "HEAP"}
   * @param number the block's number within its allocator
   * @param size the block's size in bytes
   * @param site where the allocator recorded it was allocated, innermost first; may be empty
   */
  public record BlockInfo(String allocator, String family, long number, long size,
      List<StackTraceElement> site) {
    /**
     * Copies the site.
     *
     * @throws IllegalArgumentException if a part is null
     */
    public BlockInfo {
      Require.nonNull(allocator, "allocator");
      Require.nonNull(family, "family");
      site = Require.copyOf(site, "site");
    }
  }

  /**
   * Tracks a new managed-buffer envelope until its handle is released, at the current
   * {@linkplain Leaks#level() level}. Keeps neither the envelope nor the exporter alive: a report
   * names the exporter by class and identity hash once the envelope is gone.
   *
   * @param envelope the envelope, described in reports by its {@code toString()} while reachable
   * @param exporter the exporter it must be released to
   * @return the handle to release when the envelope releases its export; {@link Handle#UNTRACKED}
   *     at {@link LeakLevel#OFF}
   * @throws IllegalArgumentException if an argument is null
   */
  public static Handle managedBuffer(Object envelope, Object exporter) {
    Require.nonNull(envelope, "envelope");
    Require.nonNull(exporter, "exporter");
    LeakLevel level = Leaks.level();
    if (level == LeakLevel.OFF) {
      return Handle.UNTRACKED;
    }
    List<StackTraceElement> site = level == LeakLevel.TRACES ? Sites.capture() : List.of();
    return Registry.GLOBAL.add(new Tracked.Envelope(envelope, exporter, Registry.GLOBAL, site));
  }

  /**
   * Tracks a new allocator block until its handle is released (freed, moved or reclaimed), unless
   * the level is {@link LeakLevel#OFF}. The site is the one its allocator recorded.
   *
   * @param block the block
   * @param info what reports say about it
   * @return the handle to release when the block ends; {@link Handle#UNTRACKED} at
   *     {@link LeakLevel#OFF}
   * @throws IllegalArgumentException if an argument is null
   */
  public static Handle block(Object block, BlockInfo info) {
    Require.nonNull(block, "block");
    Require.nonNull(info, "info");
    if (Leaks.level() == LeakLevel.OFF) {
      return Handle.UNTRACKED;
    }
    return Registry.GLOBAL.add(new Tracked.Block(block, info, Registry.GLOBAL));
  }
}
