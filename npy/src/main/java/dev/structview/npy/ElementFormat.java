package dev.structview.npy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * How NumPy's {@code repr} prints the items of an array, one formatter per dtype, sized by all the
 * items shown ({@code arrayprint._get_format_function}): booleans as {@code  True}/{@code False},
 * integers right-aligned to the widest, floats by {@link FloatFormat}, complex values as two of
 * them, strings and bytes as Python's {@code repr}, unstructured voids as escaped bytes, records as
 * tuples of their fields' formats, sub-arrays as nested lists.
 */
interface ElementFormat {
  /** Returns one item as NumPy prints it in this array. */
  String format(Object value);

  /**
   * Returns the format of items of {@code type} for the {@code values} shown, decoded as
   * {@link ReprItems} decodes them.
   *
   * @param zeroD whether the array is 0-d ({@code True} then has no leading space, in a record's
   *     fields too)
   */
  static ElementFormat of(Dtype type, List<Object> values, boolean zeroD) {
    if (type instanceof Dtype.Struct s) {
      return struct(s, values, zeroD);
    }
    if (type instanceof Dtype.SubArray sub) {
      List<Object> flat = new ArrayList<>();
      values.forEach(v -> flatten(v, flat));
      ElementFormat base = of(sub.element(), flat, false);
      // NumPy prints the field as one array of every level's dimensions, summarized by its size
      boolean summarize = ArrayText.summarized(sub.elementCount());
      return v -> nested(v, base, summarize);
    }
    Dtype.Scalar s = (Dtype.Scalar) type;
    return switch (s.kind()) {
      case 'b' -> v -> (Boolean) v ? (zeroD ? "True" : " True") : "False";
      case 'i', 'u' -> integers(values);
      case 'f' -> floats(values, (int) s.size());
      case 'c' -> complex(values, (int) s.size() / 2);
      case 'S' -> v -> PyRepr.bytes((byte[]) v);
      case 'U' -> v -> PyRepr.text(((ReprItems.Text) v).codePoints());
      default -> v -> voidBytes((byte[]) v);
    };
  }

  private static ElementFormat integers(List<Object> values) {
    int width = 0;
    for (Object v : values) {
      width = Math.max(width, v.toString().length());
    }
    int w = width;
    return v -> {
      String text = ((BigInteger) v).toString();
      return " ".repeat(w - text.length()) + text;
    };
  }

  private static ElementFormat floats(List<Object> values, int size) {
    FloatFormat f = new FloatFormat(values.stream().map(v -> (Double) v).toList(), size, false);
    return v -> f.format((Double) v, size);
  }

  private static ElementFormat complex(List<Object> values, int size) {
    FloatFormat real = new FloatFormat(values.stream().map(v -> ((double[]) v)[0]).toList(), size, false);
    FloatFormat imag = new FloatFormat(values.stream().map(v -> ((double[]) v)[1]).toList(), size, true);
    return v -> {
      String i = imag.format(((double[]) v)[1], size);
      int end = i.stripTrailing().length(); // the j goes before the padding
      return real.format(((double[]) v)[0], size) + i.substring(0, end) + "j" + i.substring(end);
    };
  }

  /** {@code str(numpy.void)}: every byte escaped in upper-case hex, {@code b'\x61\xFF'}. */
  private static String voidBytes(byte[] bytes) {
    StringBuilder s = new StringBuilder("b'");
    for (byte b : bytes) {
      s.append(String.format("\\x%02X", b & 0xff));
    }
    return s.append('\'').toString();
  }

  /**
   * {@code StructuredVoidFormat}: each field formatted over its column; a field of a 0-d array's
   * record is 0-d itself, so its {@code True} has no leading space either.
   */
  private static ElementFormat struct(Dtype.Struct s, List<Object> records, boolean zeroD) {
    List<ElementFormat> fields = new ArrayList<>();
    for (int i = 0; i < s.fields().size(); i++) {
      List<Object> column = new ArrayList<>();
      for (Object r : records) {
        column.add(((List<?>) r).get(i));
      }
      fields.add(of(s.fields().get(i).type(), column, zeroD));
    }
    return v -> {
      List<?> record = (List<?>) v;
      if (fields.size() == 1) {
        return "(" + fields.get(0).format(record.get(0)) + ",)";
      }
      StringJoiner j = new StringJoiner(", ", "(", ")");
      for (int i = 0; i < fields.size(); i++) {
        j.add(fields.get(i).format(record.get(i)));
      }
      return j.toString();
    };
  }

  private static void flatten(Object v, List<Object> out) {
    if (v instanceof ReprItems.Nested n) {
      n.items().forEach(x -> flatten(x, out));
    } else {
      out.add(v);
    }
  }

  /** {@code SubArrayFormat}: nested lists, each longer level cut to its edges around {@code ...} when summarized. */
  private static String nested(Object v, ElementFormat base, boolean summarize) {
    if (!(v instanceof ReprItems.Nested n)) {
      return base.format(v);
    }
    StringJoiner j = new StringJoiner(", ", "[", "]");
    long length = n.items().size();
    long shown = ArrayText.shown(length, summarize);
    for (long k = 0; k < shown; k++) {
      j.add(nested(n.items().get((int) ArrayText.index(k, length, summarize)), base, summarize));
      if (shown < length && k == ArrayText.EDGE_ITEMS - 1) {
        j.add("...");
      }
    }
    return j.toString();
  }
}
