package dev.structview.view;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Value equality of views as CPython's {@code memory_richcompare}, and a hash consistent with it.
 *
 * <p>Two views are equal when their shapes are equivalent (same number of dimensions, extents equal
 * up to the first that is 0 in both) and their elements are equal in C order. Identical native
 * single-character formats compare element by element (raw bytes for {@code ?} and {@code c}, as
 * CPython's fast path does); anything else is unpacked with the struct module and compared with
 * Python's {@code ==}: integers and floats by exact value ({@code 2**53 + 1 != 2.0**53}), NaN unequal
 * to everything, {@code True == 1}, bytes only to bytes, records element-wise. A format the struct
 * module cannot parse makes views unequal.
 *
 * <p>The hash mixes the equivalent shape with a per-value hash under which equal Python values hash
 * alike ({@code 1}, {@code 1.0} and {@code true} included), so equal views hash alike whatever their
 * formats.
 *
 * <p>Both take time bounded by the memory the views address, not by their element counts: a
 * dimension of stride 0 is compared once and hashed by squaring ({@link ViewHash}), and a walk
 * that strides which overlap make longer than the memory is refused with an
 * {@link IllegalArgumentException} rather than left to run for hours.
 */
final class ViewEquality {
  private ViewEquality() {}

  static boolean equal(ViewLayout a, ViewLayout b) {
    if (!equivalentShape(a, b)) {
      return false;
    }
    ItemCodec ca = a.codec();
    ItemCodec cb = b.codec();
    char code = ca.nativeCode();
    if (code != '_' && code == cb.nativeCode()) {
      return sameNative(a, b, (ItemCodec.Native) ca);
    }
    if (!(unpackable(ca) && unpackable(cb))) {
      return false;
    }
    return everyPair(a, b, (pa, pb) -> pyEquals(ca.read(a.memory, pa), cb.read(b.memory, pb)));
  }

  /** CPython's {@code equiv_shape}: ndim equal, extents equal up to the first 0 in both. */
  static boolean equivalentShape(ViewLayout a, ViewLayout b) {
    if (a.ndim != b.ndim) {
      return false;
    }
    for (int d = 0; d < a.ndim; d++) {
      if (a.shape[d] != b.shape[d]) {
        return false;
      }
      if (a.shape[d] == 0) {
        break;
      }
    }
    return true;
  }

  private static boolean unpackable(ItemCodec codec) {
    return !(codec instanceof ItemCodec.Unsupported);
  }

  private static boolean sameNative(ViewLayout a, ViewLayout b, ItemCodec.Native codec) {
    return everyPair(a, b, (pa, pb) -> sameNativeItem(codec, a, pa, b, pb));
  }

  private static boolean sameNativeItem(ItemCodec.Native codec, ViewLayout a, long pa, ViewLayout b, long pb) {
    if (codec.format.isFloatingPoint()) {
      return ((Number) codec.read(a.memory, pa)).doubleValue() == ((Number) codec.read(b.memory, pb)).doubleValue();
    }
    return codec.bits(a.memory, pa) == codec.bits(b.memory, pb);
  }

  /** Tests the elements of two equivalent views pairwise, in C order, stopping at the first failure. */
  private interface PairTest {
    boolean test(long positionA, long positionB);
  }

  /**
   * Tests the elements of two equivalent views pairwise, stopping at the first failure. A dimension
   * of stride 0 in both views repeats the same pair, so it is tested once: comparing a broadcast of
   * 2<sup>40</sup> elements costs what comparing one does. Any other walk is refused when it is
   * longer than the memory of the two views could hold without overlapping (see
   * {@link ViewHash#checkWalk}).
   */
  private static boolean everyPair(ViewLayout a, ViewLayout b, PairTest test) {
    if (a.hasZeroExtent()) {
      return true; // equivalent shapes share the zero extent
    }
    long[] extents = new long[a.ndim];
    long[] steps = new long[a.ndim];
    for (int d = 0; d < a.ndim; d++) {
      steps[d] = a.strides[d] | b.strides[d]; // zero iff both strides are
      extents[d] = steps[d] == 0 ? 1 : a.shape[d];
    }
    long span = a.span() > Long.MAX_VALUE - b.span() ? Long.MAX_VALUE : a.span() + b.span();
    ViewHash.checkWalk(a.walkLength(steps), span, "compare");
    IndexCursor cursor = new IndexCursor(extents, false);
    long[] carriesA = cursor.carries(a.strides);
    long[] carriesB = cursor.carries(b.strides);
    long pa = a.offset;
    long pb = b.offset;
    while (true) {
      if (!test.test(pa, pb)) {
        return false;
      }
      int d = cursor.next();
      if (d < 0) {
        return true;
      }
      pa += carriesA[d];
      pb += carriesB[d];
    }
  }

  /** Python's {@code ==} on unpacked values. */
  static boolean pyEquals(Object x, Object y) {
    if (x instanceof List || y instanceof List) {
      return x instanceof List && y instanceof List && listEquals((List<?>) x, (List<?>) y);
    }
    if (x instanceof byte[] || y instanceof byte[]) {
      return x instanceof byte[] && y instanceof byte[] && Arrays.equals((byte[]) x, (byte[]) y);
    }
    boolean xFloat = x instanceof Float || x instanceof Double;
    boolean yFloat = y instanceof Float || y instanceof Double;
    if (xFloat && yFloat) {
      return ((Number) x).doubleValue() == ((Number) y).doubleValue();
    }
    if (xFloat || yFloat) {
      double d = ((Number) (xFloat ? x : y)).doubleValue();
      return Double.isFinite(d) && new BigDecimal(d).compareTo(new BigDecimal(integer(xFloat ? y : x))) == 0;
    }
    return integer(x).equals(integer(y));
  }

  private static boolean listEquals(List<?> x, List<?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!pyEquals(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static BigInteger integer(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (v instanceof BigInteger) {
      return (BigInteger) v;
    }
    return BigInteger.valueOf(((Number) v).longValue());
  }

  /** A hash under which views equal by {@link #equal} hash alike. */
  static int hash(ViewLayout view) {
    int h = view.ndim;
    for (long extent : view.shape) {
      h = 31 * h + Long.hashCode(extent);
      if (extent == 0) {
        return h;
      }
    }
    ItemCodec codec = view.codec();
    if (!unpackable(codec)) {
      // Such a view equals only itself, so its shape and format hash it without reading its memory.
      return 31 * h + view.format.hashCode();
    }
    return ViewHash.hash(h, view, codec);
  }

  /** Hashes a value so that Python-equal values hash alike: numbers by their exact value. */
  static int valueHash(Object v) {
    if (v instanceof List) {
      int h = 1;
      for (Object e : (List<?>) v) {
        h = 31 * h + valueHash(e);
      }
      return h;
    }
    if (v instanceof byte[]) {
      return Arrays.hashCode((byte[]) v);
    }
    if (v instanceof Float || v instanceof Double) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d) || d != Math.rint(d)) {
        return Double.hashCode(d);
      }
      return integerHash(new BigDecimal(d).toBigIntegerExact());
    }
    return integerHash(integer(v));
  }

  private static int integerHash(BigInteger v) {
    return v.bitLength() < 64 ? Long.hashCode(v.longValue()) : v.hashCode();
  }
}
