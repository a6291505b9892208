package dev.structview.leak;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Captures where an envelope is acquired: the caller's stack, without the runtime's own frames. */
final class Sites {
  /** Enough to see past helpers and test frameworks; a deeper stack costs memory per envelope. */
  static final int MAX_FRAMES = 64;

  private static final StackWalker WALKER = StackWalker.getInstance();

  /*
   * The runtime classes between the user's call and this one, matched by class (not package) so
   * that callers in the same packages, the runtime's own tests, still count as callers.
   */
  private static final Set<String> INTERNAL = Set.of(
      "dev.structview.view.ManagedBuffer",
      "dev.structview.view.MemoryView",
      "dev.structview.view.RecordArray",
      "dev.structview.support.Views",
      Sites.class.getName(),
      Tracker.class.getName(),
      Registry.class.getName(),
      Tracked.class.getName());

  private Sites() {}

  /** Returns the current stack below the runtime's frames, innermost first, at most {@link #MAX_FRAMES}. */
  static List<StackTraceElement> capture() {
    return WALKER.walk(frames -> frames.dropWhile(Sites::isInternal)
        .limit(MAX_FRAMES)
        .map(StackWalker.StackFrame::toStackTraceElement)
        .collect(Collectors.toUnmodifiableList()));
  }

  private static boolean isInternal(StackWalker.StackFrame frame) {
    String name = frame.getClassName();
    int nested = name.indexOf('$');
    return INTERNAL.contains(nested < 0 ? name : name.substring(0, nested));
  }
}
