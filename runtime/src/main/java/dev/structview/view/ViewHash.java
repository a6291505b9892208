package dev.structview.view;

/**
 * The hash of a view's values, {@code h = 31 * h + valueHash(element)} over the elements in C order,
 * computed in time bounded by the memory the view addresses.
 *
 * <p>A dimension of stride 0 repeats one block of elements; its contribution is computed by
 * squaring instead of element by element, so a 16-byte memory broadcast to 2<sup>40</sup> elements
 * hashes in microseconds to exactly the value a walk over every element would give. Each block is
 * carried as a pair: its polynomial {@code H} started from 0, and {@code P = 31^elements}; a block
 * followed by another is {@code (H1 * P2 + H2, P1 * P2)} in {@code int} arithmetic, as Java's
 * hashes wrap. Only strided dimensions are walked, and the walk is refused before it starts when it
 * would visit more elements than the view's memory could hold without overlapping itself.
 */
final class ViewHash {
  /** Walks of up to this many elements are never refused, whatever their memory. */
  static final long MIN_BUDGET = 1 << 20;

  private final ViewLayout view;
  private final ItemCodec codec;

  private ViewHash(ViewLayout view, ItemCodec codec) {
    this.view = view;
    this.codec = codec;
  }

  /**
   * Returns {@code seed * 31^n + H}, the hash a walk over the view's {@code n} elements from
   * {@code seed} gives.
   *
   * @throws IllegalArgumentException if strides that overlap make the walk longer than the memory
   */
  static int hash(int seed, ViewLayout view, ItemCodec codec) {
    checkWalk(view.walkLength(view.strides), view.span(), "hash");
    long block = new ViewHash(view, codec).block(0, view.offset);
    return seed * power(block) + polynomial(block);
  }

  /**
   * Refuses a walk of {@code elements} over {@code span} bytes when it is longer than both
   * {@link #MIN_BUDGET} and the span: only strides that overlap can do that.
   */
  static void checkWalk(long elements, long span, String what) {
    if (elements > Math.max(MIN_BUDGET, span)) {
      throw new IllegalArgumentException("memoryview: cannot " + what + " " + elements
          + " elements whose strides overlap in " + span + " bytes of memory: it would take too long");
    }
  }

  private long block(int d, long position) {
    if (d == view.ndim) {
      return pair(ViewEquality.valueHash(codec.read(view.memory, position)), 31);
    }
    long extent = view.shape[d];
    long stride = view.strides[d];
    if (stride == 0) {
      return repeat(block(d + 1, position), extent);
    }
    long acc = pair(0, 1);
    for (long i = 0; i < extent; i++) {
      acc = then(acc, block(d + 1, position + i * stride));
    }
    return acc;
  }

  /** The block {@code x} {@code n} times over, by squaring. */
  private static long repeat(long x, long n) {
    long result = pair(0, 1);
    long base = x;
    for (long k = n; k > 0; k >>>= 1) {
      if ((k & 1) != 0) {
        result = then(result, base);
      }
      base = then(base, base);
    }
    return result;
  }

  private static long then(long first, long second) {
    return pair(polynomial(first) * power(second) + polynomial(second), power(first) * power(second));
  }

  private static long pair(int polynomial, int power) {
    return ((long) polynomial << 32) | (power & 0xFFFF_FFFFL);
  }

  private static int polynomial(long pair) {
    return (int) (pair >>> 32);
  }

  private static int power(long pair) {
    return (int) pair;
  }
}
