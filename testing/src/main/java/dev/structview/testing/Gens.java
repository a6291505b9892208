package dev.structview.testing;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Generators of numbers, characters, strings and byte arrays. Each mixes in its edge cases about
 * one draw in {@value #EDGE_ODDS}: a range's bounds and the values next to them, 0 and ±1, the
 * extremes of a type, an empty and a full collection. Unbounded integers are drawn with a uniform
 * bit length, so small and large magnitudes are equally likely; the size scales that length.
 */
public final class Gens {
  /** One draw in this many is an edge case. */
  public static final int EDGE_ODDS = 20;

  private Gens() {}

  /** Returns a generator of the ints from {@code low} to {@code high}, both included. */
  public static Gen<Integer> ints(int low, int high) {
    return longs(low, high).map(Long::intValue);
  }

  /** Returns a generator of the longs from {@code low} to {@code high}, both included. */
  public static Gen<Long> longs(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException("low=" + low + " high=" + high);
    }
    List<Long> edges = List.of(low, high, low + 1 <= high ? low + 1 : low, high - 1 >= low ? high - 1 : high,
        Math.max(low, Math.min(high, 0)), Math.max(low, Math.min(high, 1)), Math.max(low, Math.min(high, -1)));
    return s -> s.oneIn(EDGE_ODDS) ? edges.get(s.random().nextInt(edges.size())) : s.between(low, high);
  }

  /** Returns a generator of any long: every bit length equally likely, and the edges. */
  public static Gen<Long> longs() {
    return bits(64);
  }

  /** Returns a generator of any int: every bit length equally likely, and the edges. */
  public static Gen<Integer> ints() {
    return bits(32).map(Long::intValue);
  }

  /** Returns a generator of any short: every bit length equally likely, and the edges. */
  public static Gen<Short> shorts() {
    return bits(16).map(Long::shortValue);
  }

  /** Returns a generator of any byte: every bit length equally likely, and the edges. */
  public static Gen<Byte> bytes() {
    return bits(8).map(Long::byteValue);
  }

  /** Signed values of a type of {@code width} bits. */
  private static Gen<Long> bits(int width) {
    long max = width == 64 ? Long.MAX_VALUE : (1L << (width - 1)) - 1;
    long min = -max - 1;
    List<Long> edges = List.of(min, min + 1, -1L, 0L, 1L, max - 1, max);
    return s -> {
      if (s.oneIn(EDGE_ODDS)) {
        return edges.get(s.random().nextInt(edges.size()));
      }
      int length = s.between(0, s.scaled(1, width - 1));
      long magnitude = length == 0 ? 0 : s.random().nextLong() >>> (64 - length);
      return s.random().nextBoolean() ? magnitude : ~magnitude;   // ~m is -m - 1: down to the minimum
    };
  }

  /** Returns a generator of true and false. */
  public static Gen<Boolean> booleans() {
    return s -> s.random().nextBoolean();
  }

  /** Returns a generator of the integers from {@code low} to {@code high}, every bit length equally likely. */
  public static Gen<BigInteger> bigIntegers(BigInteger low, BigInteger high) {
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low=" + low + " high=" + high);
    }
    List<BigInteger> edges = List.of(low, high, clamp(BigInteger.ZERO, low, high), clamp(BigInteger.ONE, low, high),
        clamp(BigInteger.ONE.negate(), low, high));
    int width = Math.max(low.bitLength(), high.bitLength());
    return s -> {
      if (s.oneIn(EDGE_ODDS)) {
        return edges.get(s.random().nextInt(edges.size()));
      }
      while (true) {
        BigInteger v = new BigInteger(s.between(0, s.scaled(1, width)), s.random());
        v = s.random().nextBoolean() ? v.negate() : v;
        if (v.compareTo(low) >= 0 && v.compareTo(high) <= 0) {
          return v;
        }
      }
    };
  }

  private static BigInteger clamp(BigInteger v, BigInteger low, BigInteger high) {
    return v.max(low).min(high);
  }

  /**
   * Returns a generator of finite doubles: any exponent, values with two decimals, and the edges
   * (±0, ±1, the smallest and largest magnitudes).
   */
  public static Gen<Double> doubles() {
    List<Double> edges = List.of(0.0, -0.0, 1.0, -1.0, 0.01, -0.01, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE);
    return s -> {
      if (s.oneIn(EDGE_ODDS)) {
        return edges.get(s.random().nextInt(edges.size()));
      }
      double v = s.random().nextBoolean() ? Math.scalb(1 + s.random().nextDouble(), s.between(-1074, 1023))
          : s.between(-1_000_000, 1_000_000) / 100.0;
      return s.random().nextBoolean() ? v : -v;
    };
  }

  /** Returns a generator of finite floats, drawn as {@link #doubles} are. */
  public static Gen<Float> floats() {
    List<Float> edges = List.of(0.0f, -0.0f, 1.0f, -1.0f, 0.01f, -0.01f, Float.MIN_VALUE, -Float.MIN_VALUE,
        Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE);
    return s -> {
      if (s.oneIn(EDGE_ODDS)) {
        return edges.get(s.random().nextInt(edges.size()));
      }
      float v = s.random().nextBoolean() ? Math.scalb(1 + s.random().nextFloat(), s.between(-149, 127))
          : s.between(-1_000_000, 1_000_000) / 100.0f;
      return s.random().nextBoolean() ? v : -v;
    };
  }

  /** Returns a generator of any char, surrogates included, and the edges ({@code \0}, space, {@code \uffff}). */
  public static Gen<Character> chars() {
    List<Character> edges = List.of('\0', ' ', '\uffff', '\ud800');
    return s -> s.oneIn(EDGE_ODDS) ? edges.get(s.random().nextInt(edges.size())) : (char) s.random().nextInt(0x10000);
  }

  /** Returns a generator of the characters of {@code pool}, each equally likely. */
  public static Gen<Character> charsOf(String pool) {
    return Gen.of(pool.chars().mapToObj(c -> (char) c).collect(Collectors.toList()));
  }

  /** Returns a generator of strings of {@code min} to {@code max} characters, with lengths as {@link Gen#list}'s. */
  public static Gen<String> strings(Gen<Character> chars, int min, int max) {
    Gen<Integer> length = lengths(min, max);
    return s -> {
      int n = length.next(s);
      StringBuilder out = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        out.append(chars.next(s).charValue());
      }
      return out.toString();
    };
  }

  /** Returns a generator of byte arrays of {@code min} to {@code max} bytes, each drawn by {@link #bytes}. */
  public static Gen<byte[]> byteArrays(int min, int max) {
    Gen<Integer> length = lengths(min, max);
    Gen<Byte> each = bytes();
    return s -> {
      byte[] out = new byte[length.next(s)];
      for (int i = 0; i < out.length; i++) {
        out[i] = each.next(s);
      }
      return out;
    };
  }

  /**
   * Returns a generator of collection lengths from {@code min} to {@code max} (the size scales the
   * maximum): uniform, with the shortest and the longest each coming up one time in {@value #EDGE_ODDS} more.
   */
  public static Gen<Integer> lengths(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("min=" + min + " max=" + max);
    }
    return s -> {
      int top = s.scaled(min, max);
      int r = s.random().nextInt(2 * EDGE_ODDS);
      return r == 0 ? min : r == 1 ? top : s.between(min, top);
    };
  }
}
