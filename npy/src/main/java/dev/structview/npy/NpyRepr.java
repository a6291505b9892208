package dev.structview.npy;

import dev.structview.view.MemoryView;
import java.util.ArrayList;
import java.util.List;

/**
 * What NumPy prints for an array a {@code .npy} file or {@code .npz} member holds: {@code repr} of
 * its dtype, and {@code repr} of its first rows, with NumPy's default print options (8 digits of
 * precision, 75 columns, arrays over 1000 items summarized with {@code ...}).
 *
 * <pre>{@code
 * try (MemoryView v = Npy.map(Path.of("ticks.npy"))) {
 *   NpyRepr.dtype(v);      // "dtype([('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')])"
 *   NpyRepr.array(v, 2);   // "array([(1, -3, 0), (2, 5, 1)],\n      dtype=[('id', '<u4'), ...])"
 * }
 * }</pre>
 *
 * <p>Items are read straight from the file's bytes by the dtype, so structured, complex, string and
 * void items print as NumPy prints them even where the view's own {@code get} cannot decode them.
 * Long double ({@code float128}) and its complex are not printed: Java has no such float.
 */
public final class NpyRepr {
  /** The most bytes of items one repr reads: a repr is for reading, not for dumping data. */
  public static final long MAX_SHOWN_BYTES = 1 << 24;

  private NpyRepr() {}

  /**
   * Returns {@code repr(arr.dtype)} for the array {@code view} shows: {@code dtype('int16')},
   * {@code dtype('>f8')}, {@code dtype([('a', '<i4'), ('b', 'u1')])}.
   *
   * @throws IllegalArgumentException if {@code view} is null, or not a view {@link Npy} or
   *     {@link Npz} made
   * @throws IllegalStateException if the view was released
   */
  public static String dtype(MemoryView view) {
    return DtypeRepr.repr(Npy.exporter(view).dtype());
  }

  /**
   * Returns {@code repr(arr[:rows])} for the array {@code view} shows (whatever slice of it the view
   * is), or {@code repr(arr)} for a 0-d array: {@code array([1, 2, 3], dtype=int16)}, lines
   * wrapped as NumPy wraps them.
   *
   * @throws UnsupportedOperationException if the items shown are long doubles, or more than
   *     {@link #MAX_SHOWN_BYTES} bytes
   * @throws IllegalArgumentException if {@code rows} is negative, {@code view} is null or not a
   *     view {@link Npy} or {@link Npz} made
   * @throws IllegalStateException if the view was released
   */
  public static String array(MemoryView view, long rows) {
    NpyExporter e = Npy.exporter(view);
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be at least 0, got " + rows);
    }
    NpyHeader h = e.header();
    long[] shape = h.shape();
    if (shape.length > 0) {
      shape[0] = Math.min(shape[0], rows);
    }
    long size = 1;
    for (long d : shape) {
      size *= d; // at most the array's size, which its data holds
    }
    List<String> extras = new ArrayList<>();
    if (size == 0 && !(shape.length == 1) || ArrayText.summarized(size)) {
      extras.add("shape=" + DtypeRepr.tuple(shape));
    }
    if (!DtypeRepr.isImplied(e.dtype()) || size == 0) {
      extras.add("dtype=" + DtypeRepr.shortRepr(e.dtype()));
    }
    String prefix = "array(";
    String body = size == 0 ? "[]" : items(e, shape, ArrayText.summarized(size), prefix);
    if (extras.isEmpty()) {
      return prefix + body + ")";
    }
    String text = prefix + body + ",";
    String extra = String.join(", ", extras) + ")";
    int lastLine = ArrayText.width(text.substring(text.lastIndexOf('\n') + 1));
    return text + (lastLine + ArrayText.width(extra) + 1 > ArrayText.LINE_WIDTH ? "\n" + " ".repeat(prefix.length())
        : " ") + extra;
  }

  private static String items(NpyExporter e, long[] shape, boolean summarize, String prefix) {
    long count = 1;
    for (long d : shape) {
      count = Math.multiplyHigh(count, ArrayText.shown(d, summarize)) != 0 ? Long.MAX_VALUE
          : count * ArrayText.shown(d, summarize);
    }
    long itemsize = e.header().itemsize();
    if (count > MAX_SHOWN_BYTES / itemsize) {
      throw new UnsupportedOperationException(count + " items of " + itemsize + " bytes are more than the "
          + MAX_SHOWN_BYTES + " bytes a repr shows");
    }
    List<Object> values = new ArrayList<>((int) count);
    long[] strides = e.header().strides();
    collect(e, shape, strides, summarize, 0, e.dataStart(), values);
    ElementFormat format = ElementFormat.of(e.dtype(), values, shape.length == 0);
    return ArrayText.layout(shape, summarize, values.stream().map(format::format).iterator(), prefix);
  }

  /** The items printed, in C order, decoded from the exporter's memory at the header's strides. */
  private static void collect(NpyExporter e, long[] shape, long[] strides, boolean summarize, int axis, long at,
      List<Object> out) {
    if (axis == shape.length) {
      out.add(ReprItems.decode(e.dtype(), e.memory(), at));
      return;
    }
    long n = ArrayText.shown(shape[axis], summarize);
    for (long k = 0; k < n; k++) {
      collect(e, shape, strides, summarize, axis + 1, at + ArrayText.index(k, shape[axis], summarize) * strides[axis],
          out);
    }
  }
}
