package dev.structview.alloc;

import java.util.List;

/** Formats the leak report: which blocks were never freed, and where each was made. */
final class LeakReport {
  /** Enough to find the pattern; a report of every one of a million leaks helps nobody. */
  static final int MAX_LISTED = 100;

  private LeakReport() {}

  /** Returns the report for {@code blocks} (in allocation order), or {@code ""} if there are none. */
  static String format(String allocator, LeakTracking tracking, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return "";
    }
    long bytes = blocks.stream().mapToLong(Block::size).sum();
    StringBuilder out = new StringBuilder()
        .append(Sizes.count(blocks.size(), "block")).append(" (").append(Sizes.count(bytes, "byte"))
        .append(blocks.size() == 1 ? ") was" : ") were").append(" never freed by allocator ")
        .append(allocator);
    if (tracking == LeakTracking.OFF) {
      out.append(" (allocation sites not tracked; build the allocator with LeakTracking.CALLER or STACK,"
          + " or run with -Dstructview.leaks=traces)");
    }
    out.append(':');
    for (Block block : blocks.subList(0, Math.min(blocks.size(), MAX_LISTED))) {
      appendBlock(out, block);
    }
    if (blocks.size() > MAX_LISTED) {
      out.append("\n  ... and ").append(Sizes.count(blocks.size() - MAX_LISTED, "more block"));
    }
    return out.toString();
  }

  private static void appendBlock(StringBuilder out, Block block) {
    out.append("\n  ").append(block.label()).append(", ").append(block.family());
    if (block.alignment() > 1) {
      out.append(", alignment ").append(block.alignment());
    }
    List<StackTraceElement> frames = block.allocationSite().frames();
    if (frames.size() == 1) {
      out.append(", allocated at ").append(frames.get(0));
    } else if (frames.size() > 1) {
      out.append(", allocated at:");
      for (StackTraceElement frame : frames) {
        out.append("\n      at ").append(frame);
      }
    }
  }
}
