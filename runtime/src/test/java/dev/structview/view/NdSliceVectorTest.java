package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.format.Struct;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays {@code gen_ndslice_vectors.py}: N-d slicing, beyond CPython, must agree with NumPy's
 * basic slicing on shape, strides and every element.
 */
class NdSliceVectorTest {
  private static final String RESOURCE = "/vectors/ndslice/ndslice.tsv";

  @Test
  void agreesWithNumPy() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NdSliceVectorTest.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.startsWith("#")) {
          continue;
        }
        cases++;
        String failure = replay(line.split("\t", -1));
        if (failure != null) {
          failures.add(RESOURCE + ":" + number + " " + line + "\n    -> " + failure);
        }
      }
    }
    assertTrue(cases >= 400, "cases: " + cases);
    if (!failures.isEmpty()) {
      fail(failures.size() + " cases disagree with NumPy:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
  }

  private static String replay(String[] c) {
    String format = c[0];
    long[] shape = longs(c[1]);
    long count = 1;
    for (long extent : shape) {
      count *= extent;
    }
    Struct item = Struct.of(format);
    byte[] data = new byte[(int) (count * item.size())];
    for (int i = 0; i < count; i++) {
      item.packInto(data, i * item.size(), (long) i % (format.equals("B") ? 256 : Long.MAX_VALUE));
    }
    MemoryView base = MemoryView.of(cArray(format, item.size(), shape, data));
    MemoryView sliced = base.slice(slices(c[2]));
    if (!Arrays.equals(sliced.shape(), longs(c[3]))) {
      return "shape " + Arrays.toString(sliced.shape());
    }
    long[] strides = sliced.strides();
    long[] expectedStrides = longs(c[4]);
    boolean empty = Arrays.stream(sliced.shape()).anyMatch(extent -> extent == 0);
    for (int d = 0; d < strides.length && !empty; d++) {
      // A stride is observable only where it moves between elements: not for an extent of 1, nor in
      // an empty array (whose base strides NumPy and CPython compute differently).
      if (sliced.shape()[d] > 1 && strides[d] != expectedStrides[d]) {
        return "strides " + Arrays.toString(strides);
      }
    }
    List<Long> elements = new ArrayList<>();
    flatten(sliced.toList(), elements);
    List<Long> expected = new ArrayList<>();
    for (long v : longs(c[5])) {
      expected.add(v);
    }
    return elements.equals(expected) ? null : "elements " + elements;
  }

  /** A C-contiguous N-d exporter: cast cannot make shapes with zero extents, as in CPython. */
  private static BufferExporter cArray(String format, long itemsize, long[] shape, byte[] data) {
    long[] strides = new long[shape.length];
    long step = itemsize;
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = step;
      step *= shape[d];
    }
    return flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, itemsize, format, shape.length,
        shape, strides, null, data);
  }

  private static void flatten(Object list, List<Long> out) {
    for (Object o : (List<?>) list) {
      if (o instanceof List) {
        flatten(o, out);
      } else {
        out.add(((Number) o).longValue());
      }
    }
  }

  private static Slice[] slices(String text) {
    String[] parts = text.split(";");
    Slice[] out = new Slice[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String[] p = parts[i].split(":", -1);
      out[i] = Slice.of(bound(p[0]), bound(p[1]), bound(p[2]));
    }
    return out;
  }

  private static Long bound(String s) {
    return s.isEmpty() ? null : Long.valueOf(s);
  }

  private static long[] longs(String s) {
    return s.equals("-") ? new long[0] : Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
