package dev.structview.bench.ticks;

import java.nio.ByteBuffer;

/**
 * Hand-written Java 22+ over a {@code MemorySegment}: the FFM contender. This is the Java 17
 * placeholder; the real class is {@code src/main/java22}'s, which a multi-release jar built by a
 * JDK 22 or newer carries in {@code META-INF/versions/22}. Here, {@link #available()} is false and
 * every operation throws.
 */
public final class FfmTicks implements TickContender {
  /**
   * Returns whether this JVM runs the real FFM contender. A method, not a constant: javac would copy
   * a constant's value into its callers, and they would never see the Java 22 class's answer.
   */
  public static boolean available() {
    return false;
  }

  private final String name;

  FfmTicks(String name, byte[] heap, ByteBuffer direct) {
    this.name = name;
  }

  private static UnsupportedOperationException unavailable() {
    return new UnsupportedOperationException("the FFM contender needs a jar built by JDK 22+, run on JDK 22+");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long sumAll(int count) {
    throw unavailable();
  }

  @Override
  public long sumIds(int count) {
    throw unavailable();
  }

  @Override
  public void fill(int count) {
    throw unavailable();
  }

  @Override
  public long gatherIds(int[] order) {
    throw unavailable();
  }
}
