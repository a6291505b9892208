package dev.structview.alloc;

import dev.structview.internal.Require;
import java.util.List;

/**
 * Where a block was allocated: the stack frames {@link LeakTracking} recorded, innermost first.
 *
 * <p>Empty when tracking was {@link LeakTracking#OFF}; one frame, the caller, at
 * {@link LeakTracking#CALLER}; the whole stack below the allocator at {@link LeakTracking#STACK}.
 *
 * @param frames the recorded frames, innermost (the allocating call) first; copied in
 */
public record AllocationSite(List<StackTraceElement> frames) {
  /** The site of a block whose allocator recorded nothing. */
  public static final AllocationSite UNTRACKED = new AllocationSite(List.of());

  /**
   * Copies the frames.
   *
   * @param frames the recorded frames, innermost first
   * @throws IllegalArgumentException if {@code frames} or any frame is null
   */
  public AllocationSite {
    frames = Require.copyOf(frames, "frames");
  }

  /** Returns whether any frame was recorded. */
  public boolean isTracked() {
    return !frames.isEmpty();
  }

  /** Returns the allocating call, innermost frame, or {@code null} if nothing was recorded. */
  public StackTraceElement caller() {
    return frames.isEmpty() ? null : frames.get(0);
  }

  /** Returns the caller frame as text, or {@code "unknown"} if nothing was recorded. */
  @Override
  public String toString() {
    return frames.isEmpty() ? "unknown" : frames.get(0).toString();
  }
}
