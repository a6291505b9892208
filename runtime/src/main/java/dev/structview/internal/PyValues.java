package dev.structview.internal;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Python's view of Java values: which are integers, their float value, their truthiness. Used by
 * the struct engine and by views; not API.
 */
public final class PyValues {
  private PyValues() {}

  /**
   * Returns whether {@code v} is a Python {@code int}: an integral {@code Number} or a
   * {@code Boolean} ({@code bool} is an {@code int} subclass in Python).
   */
  public static boolean isInteger(Object v) {
    return v instanceof Boolean || isIntegralNumber(v);
  }

  /** Returns whether {@code v} is an integral {@code Number} that fits a {@code long}. */
  public static boolean isLongValued(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || v instanceof AtomicInteger || v instanceof AtomicLong || v instanceof LongAdder
        || v instanceof LongAccumulator;
  }

  private static boolean isIntegralNumber(Object v) {
    return isLongValued(v) || v instanceof BigInteger;
  }

  /**
   * Returns the {@code long} value of an integer that fits, as {@link #isLongValued} or a
   * {@code Boolean}; callers handle {@code BigInteger} themselves.
   *
   * @throws IllegalArgumentException if {@code v} is null
   */
  public static long longValue(Object v) {
    Require.nonNull(v, "value");
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    return ((Number) v).longValue();
  }

  /**
   * Python truthiness: {@code null}, {@code false}, numeric zero (NaN is true), and empty arrays,
   * character sequences, collections, maps and {@code Optional}s are false; anything else is true.
   */
  public static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      return numberIsNonZero((Number) v);
    }
    if (v instanceof CharSequence) {
      return ((CharSequence) v).length() > 0;
    }
    if (v.getClass().isArray()) {
      return Array.getLength(v) > 0;
    }
    if (v instanceof Collection) {
      return !((Collection<?>) v).isEmpty();
    }
    if (v instanceof Map) {
      return !((Map<?, ?>) v).isEmpty();
    }
    if (v instanceof Optional) {
      return ((Optional<?>) v).isPresent();
    }
    return true;
  }

  private static boolean numberIsNonZero(Number n) {
    if (n instanceof BigInteger) {
      return ((BigInteger) n).signum() != 0;
    }
    if (n instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) n).signum() != 0;
    }
    if (isLongValued(n)) {
      return n.longValue() != 0;
    }
    return n.doubleValue() != 0.0; // NaN != 0.0 is true, as Python's bool(nan)
  }
}
