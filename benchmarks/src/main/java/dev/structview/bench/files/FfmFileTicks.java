package dev.structview.bench.files;

import java.nio.file.Path;

/**
 * Hand-written Java 22+ over a whole file mapped as one {@code MemorySegment}: W6's FFM contender
 * and, on JDK 22 and later, its bandwidth baseline. This is the Java 17 placeholder, as
 * {@code FfmTicks}'s is (its {@code available()} says which one runs); the real class is
 * {@code src/main/java22}'s. Here nothing is mapped, and every scan throws.
 */
public final class FfmFileTicks implements AutoCloseable {
  /** Maps nothing: the placeholder. */
  public FfmFileTicks(Path file) {}

  private static UnsupportedOperationException unavailable() {
    return new UnsupportedOperationException("the FFM contender needs a jar built by JDK 22+, run on JDK 22+");
  }

  /** W6 with {@code MemorySegment.get} of little-endian unaligned layouts. */
  public long sumAll() {
    throw unavailable();
  }

  /** The bandwidth baseline over the segment. */
  public long sumLongs() {
    throw unavailable();
  }

  /** W7's hand-written open of a {@code .npy} file. */
  public static long mapClose(Path file, boolean shared) {
    throw unavailable();
  }

  @Override
  public void close() {}
}
