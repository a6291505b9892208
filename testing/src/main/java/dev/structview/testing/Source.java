package dev.structview.testing;

import java.util.Random;

/**
 * The randomness of one try of a {@link Property}: a seeded {@link Random} and a size from 0 to
 * {@value #FULL} that scales how long collections and how deep recursions may grow. Tries run at
 * {@link #FULL}; smaller sizes make the smaller samples a failure is retried with.
 */
public final class Source {
  /** The size every try runs at. */
  public static final int FULL = 100;

  private final Random random;
  private final int size;

  /**
   * Returns the source of a sample: the same arguments always give the same values.
   *
   * @param seed the run's seed
   * @param index the try's index
   * @param size the size, 0 to {@value #FULL}
   * @return a fresh source
   * @throws IllegalArgumentException if {@code size} is outside 0 to {@value #FULL}
   */
  public static Source of(long seed, long index, int size) {
    if (size < 0 || size > FULL) {
      throw new IllegalArgumentException("size=" + size + " is outside 0.." + FULL);
    }
    // SplitMix64's finalizer, so that neighbouring tries get unrelated Random seeds.
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1) + 0xD1B54A32D192ED03L * size;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Source(new Random(z ^ (z >>> 31)), size);
  }

  private Source(Random random, int size) {
    this.random = random;
    this.size = size;
  }

  /** Returns the random numbers of this try. */
  public Random random() {
    return random;
  }

  /** Returns the size, 0 to {@value #FULL}. */
  public int size() {
    return size;
  }

  /** Returns a value from {@code low} to {@code high}, both included, every one equally likely. */
  public long between(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException("low=" + low + " high=" + high);
    }
    if (high < Long.MAX_VALUE) {
      return random.nextLong(low, high + 1);
    }
    return low == Long.MIN_VALUE ? random.nextLong() : random.nextLong(low - 1, high) + 1;
  }

  /** Returns a value from {@code low} to {@code high}, both included, every one equally likely. */
  public int between(int low, int high) {
    return (int) between((long) low, (long) high);
  }

  /** Returns true with probability {@code 1 / n}. */
  public boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  /** Scales a maximum by the size: {@code min} at size 0, {@code max} at {@value #FULL}. */
  public int scaled(int min, int max) {
    return min + (int) Math.ceil((long) (max - min) * size / (double) FULL);
  }
}
