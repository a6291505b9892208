package dev.structview.leak;

import dev.structview.internal.Require;
import java.util.List;

/**
 * One resource that was acquired and not released, as {@link Leaks} saw it when asked: an
 * immutable snapshot.
 *
 * @param id the registry's sequence number of the acquisition; later acquisitions have larger ones
 *     (compare with {@link Leaks#mark()})
 * @param kind what the resource is
 * @param resource the resource as text, such as
 *     {@code "ManagedBuffer[pins=1, exporter=ByteArray[length=8, exports=1]]"} or
 *     {@code "block #3 (64 bytes) of HEAP allocator heap-1"}
 * @param thread the name of the thread that acquired it
 * @param site where it was acquired, innermost frame first; empty when nothing was recorded (an
 *     envelope below {@link LeakLevel#TRACES}, a block of an allocator that tracks no sites)
 * @param collected whether it became unreachable without being released: its exporter will never
 *     be told, or its memory was reclaimed by the garbage collector, not freed
 */
public record Leak(long id, Kind kind, String resource, String thread, List<StackTraceElement> site,
    boolean collected) {
  /** What a leaked resource is. */
  public enum Kind {
    /** A managed-buffer envelope ({@code ManagedBuffer}) never released to its exporter. */
    MANAGED_BUFFER,
    /** An allocator block ({@code Block}) never freed. */
    BLOCK
  }

  /** Frames printed per entry by {@link #toString()}; the rest are counted. */
  static final int PRINTED_FRAMES = 24;

  /**
   * Copies the site.
   *
   * @throws IllegalArgumentException if a part is null
   */
  public Leak {
    Require.nonNull(kind, "kind");
    Require.nonNull(resource, "resource");
    Require.nonNull(thread, "thread");
    site = Require.copyOf(site, "site");
  }

  /**
   * Returns this leak as one entry of a report: the resource, whether it was garbage-collected, the
   * thread, and the site (one frame on the same line, several below it).
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(resource);
    if (collected) {
      out.append(", garbage-collected without being ")
          .append(kind == Kind.BLOCK ? "freed" : "released");
    }
    out.append(", ").append(kind == Kind.BLOCK ? "allocated" : "acquired")
        .append(" on thread \"").append(thread).append('"');
    appendSite(out);
    return out.toString();
  }

  private void appendSite(StringBuilder out) {
    if (site.isEmpty()) {
      out.append(" (no site recorded; -D").append(LeakLevel.PROPERTY).append("=traces records it)");
    } else if (site.size() == 1) {
      out.append(" at ").append(site.get(0));
    } else {
      out.append(" at:");
      for (StackTraceElement frame : site.subList(0, Math.min(site.size(), PRINTED_FRAMES))) {
        out.append("\n      at ").append(frame);
      }
      if (site.size() > PRINTED_FRAMES) {
        out.append("\n      ... ").append(site.size() - PRINTED_FRAMES).append(" more");
      }
    }
  }
}
