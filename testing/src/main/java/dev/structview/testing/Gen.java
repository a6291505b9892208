package dev.structview.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A generator of random samples for a {@link Property}: a function of a {@link Source}, so that a
 * seed, a try index and a size always give the same sample. Combine generators with the methods
 * here, or write one as a lambda that draws from others ({@code s -> new Case(a.next(s), b.next(s))}).
 *
 * <p>Numbers, lists and arrays mix in their edge cases (the bounds, 0, ±1, empty, full) now and then
 * ({@link Gens}), as property-testing libraries do.
 *
 * @param <T> the samples
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Returns a sample drawn from {@code source}.
   *
   * @param source the try's randomness
   * @return the sample
   */
  T next(Source source);

  /** Returns a generator of this one's samples passed through {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return s -> f.apply(next(s));
  }

  /** Returns a generator that draws a sample, then draws from the generator {@code f} makes of it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    return s -> f.apply(next(s)).next(s);
  }

  /**
   * Returns a generator of lists of {@code min} to {@code max} samples; the size scales the
   * maximum, and an empty (or {@code min}-long) and a full list come up more often than others.
   */
  default Gen<List<T>> list(int min, int max) {
    Gen<Integer> length = Gens.lengths(min, max);
    return s -> listOf(length.next(s), s);
  }

  /** Returns a generator of lists of exactly {@code length} samples. */
  default Gen<List<T>> list(int length) {
    return s -> listOf(length, s);
  }

  private List<T> listOf(int length, Source s) {
    List<T> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add(next(s));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns a generator of this one's samples, or null with probability {@code p}. */
  default Gen<T> orNull(double p) {
    return s -> s.random().nextDouble() < p ? null : next(s);
  }

  /** Returns a generator of one value. */
  static <T> Gen<T> constant(T value) {
    return s -> value;
  }

  /** Returns a generator of the given values, each equally likely. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> copy = new ArrayList<>(values.length);   // element by element: the varargs lint flags passing the array on
    for (T v : values) {
      copy.add(v);
    }
    return of(copy);
  }

  /** Returns a generator of the given values, each equally likely. */
  static <T> Gen<T> of(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    List<? extends T> copy = List.copyOf(values);
    return s -> copy.get(s.random().nextInt(copy.size()));
  }

  /** Returns a generator that draws from one of {@code gens}, each equally likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> g : gens) {
      copy.add(g);
    }
    return s -> copy.get(s.random().nextInt(copy.size())).next(s);
  }

  /** A generator and its weight, for {@link #frequency}. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Checks the weight. */
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight=" + weight + " must be positive");
      }
    }
  }

  /** Returns {@code gen} with a weight, for {@link #frequency}. */
  static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** Returns a generator that draws from one of {@code choices}, each as likely as its weight says. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = new ArrayList<>(choices.length);
    for (Weighted<? extends T> w : choices) {
      copy.add(w);
    }
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    return s -> {
      int pick = s.random().nextInt(total);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(s);
        }
      }
      throw new AssertionError("weights changed");
    };
  }

  /**
   * Returns a recursive generator: {@code base} wrapped {@code minDepth} to {@code maxDepth}
   * times (at most as many as the size allows) in {@code deeper}, each depth equally likely.
   */
  static <T> Gen<T> recursive(Gen<T> base, UnaryOperator<Gen<T>> deeper, int minDepth, int maxDepth) {
    List<Gen<T>> byDepth = new ArrayList<>();
    Gen<T> g = base;
    for (int d = 0; d <= maxDepth; d++) {
      byDepth.add(g);
      g = deeper.apply(g);
    }
    return s -> byDepth.get(s.between(minDepth, s.scaled(minDepth, maxDepth))).next(s);
  }
}
