package dev.structview.alloc;

/**
 * Blocks still live when their allocator closed. The message is the leak report
 * ({@link BufferAllocator#leakReport()}): each block's number, size, family and allocation site.
 * By the time this is thrown the allocator is closed and the blocks are out of its accounting.
 */
public final class LeakException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final long leakedBlocks;
  private final long leakedBytes;

  /**
   * Creates the exception.
   *
   * @param report the leak report, used as the message
   * @param leakedBlocks how many blocks were never freed
   * @param leakedBytes how many bytes they held
   */
  LeakException(String report, long leakedBlocks, long leakedBytes) {
    super(report);
    this.leakedBlocks = leakedBlocks;
    this.leakedBytes = leakedBytes;
  }

  /** Returns how many blocks were never freed. */
  public long leakedBlocks() {
    return leakedBlocks;
  }

  /** Returns how many bytes the leaked blocks held. */
  public long leakedBytes() {
    return leakedBytes;
  }
}
