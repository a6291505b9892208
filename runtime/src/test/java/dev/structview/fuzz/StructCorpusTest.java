package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.testing.PyTokens;
import dev.structview.testing.PyTokens.IntStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays the fuzz corpus CPython 3.13 ran ({@code src/test/python/gen_fuzz_corpus.py}): mutated
 * formats, random bytes at random offsets, random values. Every result must be CPython's: values
 * bit for bit, bytes byte for byte, errors in their Java family with CPython's message as the
 * start of ours (and, for a format error, a {@link FormatException} whose index is in the string).
 */
class StructCorpusTest {
  private static final String CORPUS = "/vectors/fuzz/struct_fuzz.tsv";
  private static final int MAX_REPORTED = 20;

  @Test
  void everyCaseOfTheCorpusIsWhatCPythonDid() throws IOException {
    List<String[]> cases = load();
    assertTrue(cases.size() >= 10_000, "the corpus has " + cases.size() + " cases");
    List<String> failures = new ArrayList<>();
    for (String[] c : cases) {
      String failure;
      try {
        failure = replay(c);
      } catch (RuntimeException e) {
        failure = "the replay itself threw " + e;
      }
      if (failure != null) {
        failures.add(String.join(" | ", c) + "\n    -> " + failure);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases.size() + " cases differ from CPython:\n"
          + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
    }
  }

  private static String replay(String[] c) {
    String format = PyTokens.format(c[1]);
    IntStyle style = IntStyle.values()[Math.floorMod(String.join("", c).hashCode(), 3)];
    switch (c[0]) {
      case "calcsize":
        return check(c, 2, Outcome.of(() -> Struct.calcsize(format)),
            v -> Long.toString(v).equals(c[3]) ? null : "size " + v);
      case "pack":
        return check(c, 3, Outcome.of(() -> Struct.of(format).pack(values(c[2], style))),
            v -> Arrays.equals(PyTokens.bytes(c[4]), v) ? null : "packed " + PyTokens.describe(v));
      case "unpack":
        return check(c, 3, Outcome.of(() -> Struct.of(format).unpack(PyTokens.bytes(c[2]))), v -> sameValues(c[4], v));
      case "unpack_from":
        return check(c, 4, Outcome.of(() -> Struct.of(format).unpackFrom(PyTokens.bytes(c[2]), Long.parseLong(c[3]))),
            v -> sameValues(c[5], v));
      case "iter_unpack":
        return check(c, 3, Outcome.of(() -> StructFuzzTest.drain(Struct.of(format).iterUnpack(PyTokens.bytes(c[2])))),
            v -> sameRecords(c[4], v));
      case "pack_into":
        byte[] buffer = PyTokens.bytes(c[2]);
        byte[] before = buffer.clone();
        Outcome<Void> done = Outcome.run(
            () -> Struct.of(format).packInto(buffer, Long.parseLong(c[3]), values(c[4], style)));
        String failure = check(c, 5, done, v -> Arrays.equals(PyTokens.bytes(c[6]), buffer) ? null
            : "buffer afterwards " + PyTokens.describe(buffer));
        return failure != null || done.ok() || Arrays.equals(before, buffer) ? failure : "a failed packInto wrote";
      default:
        return "unknown operation " + c[0];
    }
  }

  /** Compares an outcome with the result columns starting at {@code at}: OK and payload, or ERR, type, message. */
  private static <T> String check(String[] c, int at, Outcome<T> outcome, java.util.function.Function<T, String> payload) {
    if (c[at].equals("OK")) {
      return outcome.ok() ? payload.apply(outcome.value()) : "threw " + outcome.error();
    }
    if (outcome.ok()) {
      return "expected " + c[at + 1] + " (" + c[at + 2] + "), got success";
    }
    RuntimeException e = outcome.error();
    String type = c[at + 1];
    String message = c[at + 2];
    if (type.equals("UnicodeEncodeError")) {   // structview's documented FormatException, with the index
      return e instanceof FormatException && e.getMessage().startsWith("non-ASCII character in struct format")
          ? null : "expected FormatException for a non-ASCII format, got " + e;
    }
    boolean family = type.equals("struct.error") ? e instanceof StructException
        : type.equals("MemoryError") ? e instanceof StructException
        : e instanceof IllegalArgumentException && !(e instanceof StructException);
    if (!family) {
      return "expected the Java family of " + type + ", got " + e;
    }
    if (e instanceof FormatException) {
      FormatException f = (FormatException) e;
      if (f.index() < 0 || f.index() > f.format().length()) {
        return "format error index " + f.index() + " outside the format";
      }
    }
    return String.valueOf(e.getMessage()).startsWith(message) ? null
        : "message '" + e.getMessage() + "' does not start with CPython's '" + message + "'";
  }

  private static String sameValues(String column, List<Object> values) {
    List<String> tokens = column.equals("-") ? List.of() : List.of(column.split(","));
    if (tokens.size() != values.size()) {
      return values.size() + " values, CPython has " + tokens.size();
    }
    for (int i = 0; i < tokens.size(); i++) {
      String mismatch = PyTokens.mismatch(tokens.get(i), values.get(i));
      if (mismatch != null) {
        return "value " + i + ": " + mismatch;
      }
    }
    return null;
  }

  private static String sameRecords(String column, List<List<Object>> records) {
    int colon = column.indexOf(':');
    int count = Integer.parseInt(column.substring(0, colon));
    if (count != records.size()) {
      return records.size() + " records, CPython has " + count;
    }
    String[] each = count == 0 ? new String[0] : column.substring(colon + 1).split(";", -1);
    for (int r = 0; r < count; r++) {
      String mismatch = sameValues(each[r], records.get(r));
      if (mismatch != null) {
        return "record " + r + ": " + mismatch;
      }
    }
    return null;
  }

  private static Object[] values(String column, IntStyle style) {
    if (column.equals("-")) {
      return new Object[0];
    }
    return Arrays.stream(column.split(",")).map(t -> PyTokens.value(t, style)).toArray();
  }

  private static List<String[]> load() throws IOException {
    InputStream in = StructCorpusTest.class.getResourceAsStream(CORPUS);
    assertTrue(in != null, "missing " + CORPUS);
    List<String[]> cases = new ArrayList<>();
    boolean fromCPython313 = false;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        fromCPython313 |= line.startsWith("# python 3.13");
        if (!line.isEmpty() && !line.startsWith("#")) {
          cases.add(line.split("\t", -1));
        }
      }
    }
    assertTrue(fromCPython313, "the corpus was not made by CPython 3.13");
    return cases;
  }
}
