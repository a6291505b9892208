package dev.structview.fuzz;

import static dev.structview.fuzz.ChainArguments.bound;
import static dev.structview.fuzz.ChainArguments.index;
import static dev.structview.fuzz.ChainArguments.shape;
import static dev.structview.fuzz.ChainArguments.step;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.testing.Tally;
import dev.structview.view.MemoryView;
import dev.structview.view.Slice;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Runs one chain of operations on real views and on the model side by side (see {@link MemoryViewFuzzTest}). */
final class ChainRunner {
  static final int KINDS = 15;
  static final String[] CASTS = {"B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "?",
      "P", "@B", "@i", "<i", "ii", "", "x", "s", "@@i", "\u00e9", "i "};
  static final Object[] VALUES = {0, 1, -1, 7, 255, 256, -129, 65535, 1L << 31, -(1L << 31) - 1, Long.MAX_VALUE,
      Long.MIN_VALUE, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(64), true, false,
      0.5, -2.25, 1e300, 65504.0, 65520.0, Double.NaN, Double.NEGATIVE_INFINITY, 1.5f, new byte[] {42}, new byte[0],
      new byte[] {1, 2}, null, "s", new java.math.BigDecimal("2.5")};

  static final String[] OPERATIONS = {"slice", "slice N-d", "cast", "cast with shape", "toReadOnly",
      "of(view)", "get", "set", "toList", "toBytes+hex", "release", "getBuffer", "releaseBuffer", "setSlice", "equals"};

  /** One operation: its kind and four numbers it reads its arguments from. */
  record Op(int kind, int a, int b, int c, int d) {}

  private record Pair(MemoryView real, ViewModel.View model) {}

  private final ByteBuffer memory;
  private final ViewModel model;
  private final NdExporter exporter;
  private final boolean[] exported;
  private final List<Pair> views = new ArrayList<>();
  private final List<String> trail = new ArrayList<>();
  private final Tally tally;
  /** The exception the last step expected and got, for the statistics. */
  private String lastFailure;

  ChainRunner(ViewRoot.Built built, Tally tally) {
    this.tally = tally;
    this.memory = built.memory();
    this.exporter = built.exporter();
    byte[] bytes = new byte[memory.limit()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = memory.get(i);
    }
    this.model = new ViewModel(bytes);
    this.exported = new boolean[bytes.length];
    for (long p : built.model().positions(false)) {
      Arrays.fill(exported, (int) p, (int) (p + built.model().itemsize), true);
    }
    views.add(new Pair(built.view(), built.model()));
    trail.add("root " + built.model());
  }

  void run(List<Op> ops) {
    for (Op op : ops) {
      Pair v = views.get(op.a() % views.size());
      trail.add(op + " on view " + views.indexOf(v) + " " + v.model());
      perform(op, v);
      for (int i = 0; i < model.memory.length; i++) {
        if (memory.get(i) != model.memory[i]) {
          fail("byte " + i + " is " + memory.get(i) + ", the model has " + model.memory[i]
              + (exported[i] ? "" : " (outside the export)")
              + "\n" + String.join("\n", trail));
        }
      }
    }
    finish();
  }

  private void perform(Op op, Pair v) {
    int before = views.size();
    stepUnrecorded(op, v);
    tally.count("operations", OPERATIONS[op.kind()] + ": "
        + (views.size() > before ? "made a view" : lastFailure == null ? "ok" : lastFailure));
    lastFailure = null;
  }

  private void stepUnrecorded(Op op, Pair v) {
    switch (op.kind()) {
      case 0: slice(op, v); break;
      case 1: sliceMany(op, v); break;
      case 2: cast(v, CASTS[op.b() % CASTS.length], null); break;
      case 3: cast(v, CASTS[op.b() % CASTS.length], shape(op, v.model(), CASTS[op.b() % CASTS.length]));
        break;
      case 4: derive(v, () -> v.real().toReadOnly(), () -> copy(v.model(), true)); break;
      case 5: derive(v, () -> MemoryView.of(v.real()), () -> copy(v.model(), v.model().readonly)); break;
      case 6: get(v, index(op, v.model())); break;
      case 7: set(v, VALUES[op.d() % VALUES.length], index(op, v.model())); break;
      case 8: expect(v, null, Outcome.of(() -> v.real().toList()), toList(v.model())); break;
      case 9: bytes(op, v); break;
      case 10: release(v); break;
      case 11: export(v, ViewRoot.REQUESTS[op.b() % ViewRoot.REQUESTS.length]); break;
      case 12: unexport(op, views.stream().filter(p -> !p.model().exports.isEmpty()).findFirst().orElse(v)); break;
      case 13: setSlice(op, v); break;
      default: equality(v, views.get(op.b() % views.size())); break;
    }
  }

  // ---- derived views --------------------------------------------------------------------------

  private void slice(Op op, Pair v) {
    ViewModel.View m = v.model();
    long length = m.ndim() == 0 ? 0 : m.shape[0];
    Slice s = Slice.of(bound(op.b(), length), bound(op.c(), length), step(op.d()));
    derive(v, () -> v.real().slice(s), () -> sliced(m, new Slice[] {s}));
  }

  private void sliceMany(Op op, Pair v) {
    ViewModel.View m = v.model();
    int n = 1 + op.b() % (m.ndim() + 1);
    Slice[] slices = new Slice[n];
    for (int d = 0; d < n; d++) {
      long length = d < m.ndim() ? m.shape[d] : 3;
      slices[d] = Slice.of(bound(op.c() + 7 * d, length), bound(op.d() + 13 * d, length),
          step(op.c() / 7 + d));
    }
    derive(v, () -> v.real().slice(slices), () -> sliced(m, slices));
  }

  /** The model of a slice: an IAE for a 0-d view, too many slices or a step of 0. */
  private static Object sliced(ViewModel.View m, Slice[] slices) {
    if (m.ndim() == 0 || slices.length > m.ndim()) {
      return IllegalArgumentException.class;
    }
    long[] shape = m.shape.clone();
    long[] strides = m.strides.clone();
    long offset = m.offset;
    for (int d = 0; d < slices.length; d++) {
      long[] r = ViewModel.resolve(slices[d].start(), slices[d].stop(), slices[d].step(), shape[d]);
      if (r == null) {
        return IllegalArgumentException.class;
      }
      offset += strides[d] * r[0];
      shape[d] = r[2];
      strides[d] *= r[1];
    }
    return new ViewModel.View(m.format, m.itemsize, shape, strides, offset, m.readonly);
  }

  private void cast(Pair v, String format, long[] shape) {
    derive(v, () -> shape == null ? v.real().cast(format) : v.real().cast(format, shape),
        () -> ViewRules.cast(v.model(), format, shape));
  }

  private static Object copy(ViewModel.View m, boolean readonly) {
    return new ViewModel.View(m.format, m.itemsize, m.shape, m.strides, m.offset, readonly);
  }

  /** Makes a derived view on both sides; the model gives the view, or the exception class expected. */
  private void derive(Pair v, java.util.function.Supplier<MemoryView> real, java.util.function.Supplier<Object> expected) {
    Outcome<MemoryView> outcome = Outcome.of(real);
    Object want = v.model().released ? IllegalStateException.class : expected.get();
    if (want instanceof Class) {
      failedAs(outcome, want, "deriving");
      return;
    }
    ViewModel.View m = (ViewModel.View) want;
    MemoryView made = outcome.value("deriving " + m + "\n" + String.join("\n", trail));
    assertEquals(m.format, made.format(), "format" + where());
    assertEquals(m.itemsize, made.itemsize(), "itemsize" + where());
    assertArrayEquals(m.shape, made.shape(), "shape" + where());
    assertEquals(m.readonly, made.readonly(), "readonly" + where());
    assertEquals(m.contiguous(false), made.isCContiguous(), "C contiguity" + where());
    assertEquals(m.contiguous(true), made.isFContiguous(), "F contiguity" + where());
    if (m.count() > 1) {
      assertArrayEquals(m.strides, made.strides(), "strides" + where());
    }
    views.add(new Pair(made, m));
  }

  // ---- elements -------------------------------------------------------------------------------

  private void get(Pair v, long[] index) {
    expect(v, null, Outcome.of(() -> v.real().get(index)), locate(v.model(), index, true));
  }

  private void set(Pair v, Object value, long[] index) {
    ViewModel.View m = v.model();
    char unusable = model.unusable(m);
    Object at = unusable == 'E' ? UnsupportedOperationException.class
        : m.readonly ? ReadOnlyBufferException.class : locate(m, index, false);
    byte[] bytes = at instanceof Long && unusable == 0 ? model.encodeElement(m, value) : null;
    Object want = at instanceof Class ? at : unusable == 'L' ? UnsupportedOperationException.class
        : bytes == null ? IllegalArgumentException.class : null;
    expect(v, "set " + Values.describe(value), Outcome.run(() -> v.real().set(value, index)), want);
    if (!m.released && want == null) {
      model.write((Long) at, bytes);
    }
  }

  /**
   * The position an index selects, or the exception class, in CPython's order: a 0-d view's index
   * count, an unusable format ("early" ones), the index count, the bounds, then ("late") formats
   * whose elements cannot be read. With {@code read}, the element's value instead of its position.
   */
  private Object locate(ViewModel.View m, long[] index, boolean read) {
    long p = m.offset;
    char unusable = model.unusable(m);
    if (m.ndim() == 0) {
      if (index.length != 0) {
        return IllegalArgumentException.class;
      }
    }
    if (unusable == 'E') {
      return UnsupportedOperationException.class;
    }
    if (m.ndim() > 0 && index.length < m.ndim()) {
      return UnsupportedOperationException.class;
    } else if (m.ndim() > 0 && index.length > m.ndim()) {
      return IllegalArgumentException.class;
    }
    for (int d = 0; d < m.ndim(); d++) {
      long i = index[d] < 0 ? index[d] + m.shape[d] : index[d];
      if (i < 0 || i >= m.shape[d]) {
        return IndexOutOfBoundsException.class;
      }
      p += i * m.strides[d];
    }
    if (!read) {
      return p;
    }
    return unusable == 'L' ? UnsupportedOperationException.class : new Value(model.readElement(m, p));
  }

  /** A value the model expects, told apart from an expected exception class. */
  private record Value(Object value) {}

  private Object toList(ViewModel.View m) {
    char unusable = model.unusable(m);
    if (unusable == 'E' || unusable == 'L' && m.count() > 0) {
      return UnsupportedOperationException.class;
    }
    if (m.ndim() == 0) {
      return new Value(model.readElement(m, m.offset));
    }
    return new Value(nested(m, 0, m.offset));
  }

  private List<Object> nested(ViewModel.View m, int dim, long base) {
    List<Object> out = new ArrayList<>();
    for (long i = 0; i < m.shape[dim]; i++) {
      long p = base + i * m.strides[dim];
      out.add(dim == m.ndim() - 1 ? model.readElement(m, p) : nested(m, dim + 1, p));
    }
    return out;
  }

  private void bytes(Op op, Pair v) {
    char order = "CFAX".charAt(op.b() % 4);
    ViewModel.View m = v.model();
    Object want = order == 'X' ? IllegalArgumentException.class : new Value(ordered(m, order));
    expect(v, "toBytes('" + order + "')", Outcome.of(() -> v.real().toBytes(order)), want);
    expect(v, "hex", Outcome.of(() -> v.real().hex()), new Value(HexFormat.of().formatHex(ordered(m, 'C'))));
  }

  private byte[] ordered(ViewModel.View m, char order) {
    boolean fortran = order == 'F' || order == 'A' && !m.bufferContiguous(false) && m.bufferContiguous(true);
    List<Long> positions = m.positions(fortran);
    byte[] out = new byte[(int) (positions.size() * m.itemsize)];
    for (int k = 0; k < positions.size(); k++) {
      System.arraycopy(model.memory, (int) (long) positions.get(k), out, (int) (k * m.itemsize), (int) m.itemsize);
    }
    return out;
  }

  // ---- lifetimes and exports ------------------------------------------------------------------

  private void release(Pair v) {
    ViewModel.View m = v.model();
    Outcome<Void> outcome = Outcome.run(() -> v.real().release());
    if (m.released) {
      outcome.value("releasing again");
    } else if (!m.exports.isEmpty()) {
      failedAs(outcome, BufferException.class, "releasing a view with exports");
    } else {
      outcome.value("release" + where());
      m.released = true;
    }
  }

  private void export(Pair v, int flags) {
    ViewModel.View m = v.model();
    Outcome<BufferInfo> outcome = Outcome.of(() -> v.real().getBuffer(flags));
    Object want = m.released ? IllegalStateException.class : ViewRules.serve(m, flags);
    if (want instanceof Class) {
      failedAs(outcome, want, "getBuffer(" + BufferFlags.toString(flags) + ")");
      return;
    }
    BufferInfo info = outcome.value("getBuffer(" + BufferFlags.toString(flags) + ")" + where());
    ViewRules.check((ViewRules.Export) want, info, m.nbytes() == 0, where());
    checkInsideTheExport(info);
    m.exports.add(info);
  }

  private void checkInsideTheExport(BufferInfo info) {
    ViewModel.View seen = new ViewModel.View("B", info.itemsize(), info.effectiveShape(), info.effectiveStrides(),
        info.offset(), info.readonly());
    for (long p : seen.positions(false)) {
      for (long i = p; i < p + info.itemsize(); i++) {
        assertTrue(i >= 0 && i < exported.length && exported[(int) i], "an export reaches byte " + i
            + " outside the root's export: " + info + where());
      }
    }
  }

  private void unexport(Op op, Pair v) {
    ViewModel.View m = v.model();
    if (m.exports.isEmpty()) {
      Pair other = views.get(op.b() % views.size());
      BufferInfo foreign = other.model().exports.isEmpty() ? null : other.model().exports.get(0);
      if (foreign == null || other == v) {
        failedAs(Outcome.run(() -> v.real().releaseBuffer(foreign)), foreign == null
            ? IllegalArgumentException.class : IllegalStateException.class, "releaseBuffer without an export");
      } else {
        failedAs(Outcome.run(() -> v.real().releaseBuffer(foreign)), IllegalArgumentException.class,
            "releaseBuffer of another view's export");
      }
      return;
    }
    BufferInfo info = m.exports.remove(op.b() % m.exports.size());
    Outcome.run(() -> v.real().releaseBuffer(info)).value("releaseBuffer" + where());
  }

  private void setSlice(Op op, Pair v) {
    ViewModel.View m = v.model();
    long length = m.ndim() == 0 ? 0 : m.shape[0];
    Slice s = Slice.of(bound(op.b(), length), bound(op.c(), length), step(op.d()));
    boolean fromBytes = op.d() % 3 == 0;
    Pair source = op.d() % 3 == 1 ? v : views.get(op.c() % views.size());
    long[] resolved = ViewModel.resolve(s.start(), s.stop(), s.step(), length);
    boolean fits = op.c() % 4 != 0 && resolved != null;
    byte[] data = new byte[fits ? (int) resolved[2] : op.b() % 9];
    Arrays.fill(data, (byte) op.c());
    ViewModel.View src = fromBytes ? new ViewModel.View("B", 1, new long[] {data.length}, new long[] {1}, 0, true)
        : source.model();
    byte[] srcBytes = fromBytes ? data : null;
    Object want = m.released ? IllegalStateException.class
        : model.unusable(m) == 'E' ? UnsupportedOperationException.class : ViewRules.assign(m, s, src, fromBytes);
    if (want == null) {
      srcBytes = fromBytes ? data : ordered(src, 'C');
    }
    Object[] args = {s, fromBytes ? data : source.real()};
    expect(v, "setSlice " + s + (fromBytes ? " from " + data.length + " bytes" : " from view " + views.indexOf(source)),
        Outcome.run(() -> v.real().setSlice((Slice) args[0], args[1])), want);
    if (want == null) {
      ViewModel.View target = (ViewModel.View) sliced(m, new Slice[] {s});
      List<Long> positions = target.positions(false);
      for (int k = 0; k < positions.size(); k++) {
        model.write(positions.get(k), Arrays.copyOfRange(srcBytes, (int) (k * m.itemsize), (int) ((k + 1) * m.itemsize)));
      }
    }
  }

  private void equality(Pair a, Pair b) {
    if (a.model().released || b.model().released) {
      assertEquals(a == b, a.real().equals(b.real()), "a released view equals only itself" + where());
      return;
    }
    boolean ab = a.real().equals(b.real());
    assertEquals(ab, b.real().equals(a.real()), "equals is not symmetric" + where());
    if (ab) {
      assertEquals(a.real().hashCode(), b.real().hashCode(), "equal views hash differently" + where());
    }
  }

  /** Gives back every export, releases every view, and checks the exporter was released once. */
  private void finish() {
    for (Pair p : views) {
      for (BufferInfo info : p.model().exports) {
        p.real().releaseBuffer(info);
      }
      p.model().exports.clear();
    }
    for (Pair p : views) {
      p.real().release();
      assertTrue(p.real().isReleased(), "not released" + where());
    }
    if (exporter != null) {
      assertEquals(1, exporter.gets, "exporter asked " + exporter.gets + " times" + where());
      assertEquals(1, exporter.releases, "exporter released " + exporter.releases + " times" + where());
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Checks an outcome against the model: a released view's ISE first, then an exception class or a value. */
  private void expect(Pair v, String what, Outcome<?> outcome, Object want) {
    String label = what == null ? "operation" : what;
    if (v.model().released) {
      failedAs(outcome, IllegalStateException.class, label + " on a released view");
    } else if (want instanceof Class) {
      failedAs(outcome, want, label);
    } else {
      Object got = outcome.value(label + where());
      if (want instanceof Value) {
        Object expected = ((Value) want).value();
        assertTrue(ViewModel.same(expected, got), label + " gave " + Values.describe(got) + ", the model "
            + Values.describe(expected) + where());
      }
    }
  }

  private void failedAs(Outcome<?> outcome, Object exceptionClass, String what) {
    lastFailure = ((Class<?>) exceptionClass).getSimpleName();
    @SuppressWarnings("unchecked")
    Class<? extends RuntimeException> type = (Class<? extends RuntimeException>) exceptionClass;
    if (outcome.ok() || !type.isInstance(outcome.error())) {
      fail(what + ": expected " + type.getSimpleName() + ", got "
          + (outcome.ok() ? "success " + Values.describe(outcome.value()) : outcome.error()) + where(), outcome.error());
    }
  }

  private String where() {
    return "\n" + String.join("\n", trail);
  }
}
