package dev.structview.fuzz;

/**
 * How {@link ChainRunner} reads an operation's arguments from its four random numbers: slice
 * bounds and steps (omitted, in range, out of range, or at the limits of {@code long}), indices,
 * and cast shapes (mostly ones that fit the bytes, sometimes ones that cannot).
 */
final class ChainArguments {
  private ChainArguments() {}

  static Long bound(int x, long length) {
    if (x % 7 == 0) {
      return null;
    }
    if (x % 29 == 1) {
      return x % 2 == 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return x % (2 * length + 5) - length - 2;
  }

  static Long step(int x) {
    if (x % 5 == 0) {
      return null;
    }
    if (x % 31 == 1) {
      return x % 2 == 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return (long) (x % 9) - 4;
  }

  static long[] index(ChainRunner.Op op, ViewModel.View m) {
    int ndim = m.ndim();
    int n = op.b() % 5 == 0 ? Math.max(0, ndim + op.b() % 3 - 1) : ndim;
    long[] index = new long[n];
    for (int d = 0; d < n; d++) {
      long extent = d < ndim ? m.shape[d] : 2;
      int x = op.c() + 31 * d;
      index[d] = x % 37 == 1 ? (x % 2 == 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : (x % (2 * extent + 3)) - extent - 1;
    }
    return index;
  }

  /** A shape for a cast: mostly one that fits the bytes, sometimes one that cannot. */
  static long[] shape(ChainRunner.Op op, ViewModel.View m, String format) {
    char code = new ViewModel.View(format, 1, new long[0], new long[0], 0, false).code();
    long items = m.nbytes() / (code == 0 ? 1 : ViewModel.size(code));
    int x = op.d();
    switch (op.c() % 6) {
      case 0:
        return new long[] {items};
      case 1:
        long a = 1 + x % 4;
        return items % a == 0 ? new long[] {a, items / a} : new long[] {items / a, a};
      case 2:
        return items == 1 ? new long[0] : new long[] {1, items, 1};
      case 3:
        return new long[65];
      default:
        int n = x % 4;
        long[] shape = new long[n];
        for (int d = 0; d < n; d++) {
          int y = x / (d + 1);
          shape[d] = y % 5 == 0 ? 0 : y % 7 == 0 ? -1 : y % 11 == 0 ? Long.MAX_VALUE : y % 13 == 0 ? 3037000500L
              : 1 + y % 4;
        }
        return shape;
    }
  }
}
