package dev.structview.alloc;

/**
 * An allocation or growth refused because it would take an allocator's live bytes above its limit,
 * or because the JVM itself has no room for it ({@link #limit()} is then -1). The refused request
 * changes nothing: no counts, no blocks. It replaces the {@link OutOfMemoryError} a huge request
 * would otherwise raise.
 */
public final class AllocationLimitException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final long requestedBytes;
  private final long limit;
  private final long liveBytes;
  private final long liveBlocks;

  /**
   * Creates the exception; its message names the request, the limit and what is live.
   *
   * @param request what was asked, such as {@code "allocating 4096 bytes"}
   * @param requestedBytes the bytes the request would have added to the live bytes
   * @param limit the allocator's limit in bytes
   * @param liveBytes the live bytes when the request was refused
   * @param liveBlocks the live blocks when the request was refused
   */
  AllocationLimitException(String request, long requestedBytes, long limit, long liveBytes,
      long liveBlocks) {
    this(request + " would exceed the limit of " + Sizes.count(limit, "byte") + " (live: "
        + Sizes.count(liveBytes, "byte") + " in " + Sizes.count(liveBlocks, "block") + ")",
        requestedBytes, limit, liveBytes, liveBlocks, null);
  }

  private AllocationLimitException(String message, long requestedBytes, long limit, long liveBytes,
      long liveBlocks, Throwable cause) {
    super(message, cause);
    this.requestedBytes = requestedBytes;
    this.limit = limit;
    this.liveBytes = liveBytes;
    this.liveBlocks = liveBlocks;
  }

  /**
   * The exception for a request the JVM could not satisfy: its heap, or its direct memory, is full.
   *
   * @param family where the memory was wanted
   * @param requestedBytes the bytes asked for, with alignment padding
   * @param stats the allocator's accounting when the request failed
   * @param cause the JVM's error
   */
  static AllocationLimitException jvmExhausted(AllocatorFamily family, long requestedBytes, AllocatorStats stats,
      OutOfMemoryError cause) {
    String remedy = family == AllocatorFamily.DIRECT ? "-XX:MaxDirectMemorySize" : "-Xmx";
    return new AllocationLimitException("allocating " + Sizes.count(requestedBytes, "byte") + " of "
        + family + " memory failed: the JVM has no room for it (" + cause.getMessage()
        + "); free blocks or raise " + remedy, requestedBytes, -1, stats.liveBytes(), stats.liveBlocks(),
        cause);
  }

  /** Returns the bytes the refused request would have added to the live bytes. */
  public long requestedBytes() {
    return requestedBytes;
  }

  /** Returns the allocator's limit in bytes, or -1 when the JVM refused the memory. */
  public long limit() {
    return limit;
  }

  /** Returns the live bytes when the request was refused. */
  public long liveBytes() {
    return liveBytes;
  }

  /** Returns the live blocks when the request was refused. */
  public long liveBlocks() {
    return liveBlocks;
  }
}
