package dev.structview.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Questions about a file, each with the answer Java gave, checked in one run of CPython that reads
 * the same file through a read-only {@code mmap}: {@code struct.unpack_from} at an offset, a
 * {@code memoryview} slice's bytes, an item of a {@code memoryview.cast}.
 *
 * <pre>{@code
 * MmapProbes probes = new MmapProbes();
 * probes.unpack("<IhB", offset, Struct.of("<IhB").unpackFrom(memory, offset));
 * probes.check(file);   // one python3 run; an AssertionError lists every disagreement
 * }</pre>
 *
 * <p>Values are compared as CPython prints them: integers in decimal, bytes in hex, booleans as
 * {@code True} and {@code False}. Floats are refused: compare their bits.
 */
public final class MmapProbes {
  /** The CPython side: one query a line on standard input, one answer a line on standard output. */
  private static final String SCRIPT = """
      import mmap, struct, sys

      def show(v):
          return v.hex() if isinstance(v, bytes) else str(v)

      def answer(m, words):
          if words[0] == 'unpack':
              return ' '.join(show(v) for v in struct.unpack_from(words[1], m, int(words[2])))
          if words[0] == 'slice':
              start, stop, step = (None if w == 'None' else int(w) for w in words[1:])
              with memoryview(m) as whole, whole[start:stop:step] as part:
                  return part.tobytes().hex()
          if words[0] == 'cast':
              with memoryview(m) as whole, whole.cast(words[1]) as items:
                  return show(items[int(words[2])])
          if words[0] == 'len':
              return str(len(m))
          raise ValueError('unknown query: ' + ' '.join(words))

      with open(sys.argv[1], 'rb') as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
          for line in sys.stdin:
              print(answer(m, line.split()))
      """;
  private static final HexFormat HEX = HexFormat.of();

  private final List<String> queries = new ArrayList<>();
  private final List<String> answers = new ArrayList<>();

  /** {@code struct.unpack_from(format, m, offset)}, against the values Java unpacked there. */
  public MmapProbes unpack(String format, long offset, List<?> values) {
    List<String> shown = new ArrayList<>();
    for (Object v : values) {
      shown.add(show(v));
    }
    return add("unpack " + format + " " + offset, String.join(" ", shown));
  }

  /** One value of {@code struct.unpack_from(format, m, offset)}, against Java's. */
  public MmapProbes unpackOne(String format, long offset, Object value) {
    return add("unpack " + format + " " + offset, show(value));
  }

  /** {@code memoryview(m)[start:stop:step].tobytes()}, against Java's bytes; a null bound is None. */
  public MmapProbes slice(Long start, Long stop, Long step, byte[] bytes) {
    return add("slice " + none(start) + " " + none(stop) + " " + none(step), HEX.formatHex(bytes));
  }

  /** {@code memoryview(m).cast(format)[index]}, against Java's item. */
  public MmapProbes cast(String format, long index, Object item) {
    return add("cast " + format + " " + index, show(item));
  }

  /** {@code len(m)}, against Java's length. */
  public MmapProbes length(long length) {
    return add("len", Long.toString(length));
  }

  /** Returns how many questions there are. */
  public int size() {
    return queries.size();
  }

  /**
   * Asks CPython every question about {@code file}.
   *
   * @throws AssertionError listing each question whose answers differ
   */
  public void check(Path file) {
    List<String> expected = CPython.run(SCRIPT, List.of(file.toString()), String.join("\n", queries) + "\n");
    if (expected.size() != queries.size()) {
      throw new AssertionError("python3 answered " + expected.size() + " of " + queries.size() + " questions");
    }
    StringBuilder wrong = new StringBuilder();
    for (int i = 0; i < queries.size(); i++) {
      if (!expected.get(i).equals(answers.get(i))) {
        wrong.append("\n  ").append(queries.get(i)).append(": CPython ").append(expected.get(i))
            .append(", Java ").append(answers.get(i));
      }
    }
    if (wrong.length() > 0) {
      throw new AssertionError("Java and CPython disagree about " + file + ":" + wrong);
    }
  }

  private MmapProbes add(String query, String answer) {
    queries.add(query);
    answers.add(answer);
    return this;
  }

  private static String none(Long bound) {
    return bound == null ? "None" : bound.toString();
  }

  private static String show(Object value) {
    if (value instanceof byte[]) {
      return HEX.formatHex((byte[]) value);
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof Float || value instanceof Double) {
      throw new IllegalArgumentException("floats print differently in Java and CPython: compare their bits");
    }
    return String.valueOf(value);
  }
}
