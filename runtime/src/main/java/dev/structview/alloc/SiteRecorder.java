package dev.structview.alloc;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Records allocation sites with {@link StackWalker}, at the depth a {@link LeakTracking} asks for. */
final class SiteRecorder {
  private static final StackWalker WALKER = StackWalker.getInstance();

  /*
   * The classes whose frames sit between the user and the recorder. Matched by class, not by
   * package, so that code in the same package (this package's own tests) is still a caller.
   */
  private static final Set<String> INTERNAL = Set.of(
      SiteRecorder.class.getName(), BufferAllocator.class.getName(), Block.class.getName());

  private SiteRecorder() {}

  /** Returns the site of the current allocation request. */
  static AllocationSite record(LeakTracking tracking) {
    switch (tracking) {
      case OFF:
        return AllocationSite.UNTRACKED;
      case CALLER:
        // findFirst stops the lazy walk at the first outside frame.
        return WALKER.walk(frames -> frames.dropWhile(SiteRecorder::isInternal).findFirst())
            .map(frame -> new AllocationSite(List.of(frame.toStackTraceElement())))
            .orElse(AllocationSite.UNTRACKED);
      case STACK:
        return new AllocationSite(WALKER.walk(frames -> frames.dropWhile(SiteRecorder::isInternal)
            .map(StackWalker.StackFrame::toStackTraceElement)
            .collect(Collectors.toList())));
      default:
        throw new AssertionError(tracking);
    }
  }

  private static boolean isInternal(StackWalker.StackFrame frame) {
    String name = frame.getClassName();
    int nested = name.indexOf('$');
    return INTERNAL.contains(nested < 0 ? name : name.substring(0, nested));
  }
}
