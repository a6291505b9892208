package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.format.PyVectors.Case;
import dev.structview.testing.PyTokens;
import dev.structview.testing.PyTokens.IntStyle;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the CPython 3.13 struct vectors ({@code src/test/python/gen_struct_vectors.py}) against
 * {@link Struct}: every value bit for bit, every error in its mapped exception family with
 * CPython's message as the prefix of ours.
 *
 * <p>Each case runs over {@code byte[]} and over heap, read-only and direct {@link ByteBuffer}s
 * that start at a non-zero position, and {@code pack} runs with Python ints given as {@code Long},
 * {@code Integer} and {@code BigInteger}.
 */
class StructVectorTest {
  private static final String DIR = "/vectors/struct/";
  private static final List<String> FILES =
      List.of("codes", "floats", "random", "layout", "strings", "offsets", "iter", "errors");
  private static final HexFormat HEX = HexFormat.of();
  private static final int MAX_REPORTED = 25;

  @TestFactory
  Stream<DynamicTest> replaysEveryVectorFile() {
    return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(DIR + name + ".tsv")));
  }

  @Test
  void vectorsComeFromCPython313AndAreNumerous() {
    int total = 0;
    int errors = 0;
    for (String name : FILES) {
      String version = PyVectors.pythonVersion(DIR + name + ".tsv");
      assertTrue(version != null && version.startsWith("3.13"), name + " was made by " + version);
      List<Case> cases = PyVectors.load(DIR + name + ".tsv");
      total += cases.size();
      errors += (int) cases.stream().filter(Case::expectsError).count();
    }
    assertTrue(total > 30_000, "cases: " + total);
    assertTrue(errors > 2_000, "error cases: " + errors);
  }

  private static void replay(String resource) {
    List<Case> cases = PyVectors.load(resource);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String failure;
      try {
        failure = run(c);
      } catch (Throwable t) {
        failure = "unexpected " + t + " at " + Arrays.toString(Arrays.copyOf(t.getStackTrace(), 4));
      }
      if (failure != null) {
        failures.add(c + "\n    -> " + failure);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases.size() + " cases disagree with CPython:\n"
          + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
    }
  }

  private static String run(Case c) {
    switch (c.op()) {
      case "calcsize":
        return calcsize(c);
      case "pack":
        return pack(c);
      case "unpack":
        return readEverywhere(c, c.column(2), StructVectorTest::unpack);
      case "unpack_from":
        long offset = Long.parseLong(c.column(3));
        return readEverywhere(c, c.column(2), (s, in) -> unpackFrom(s, in, offset));
      case "pack_into":
        return packInto(c);
      case "iter_unpack":
        return iterUnpack(c);
      default:
        return "unknown op " + c.op();
    }
  }

  private static List<Object> unpack(Struct struct, Object input) {
    return input instanceof ByteBuffer ? struct.unpack((ByteBuffer) input) : struct.unpack((byte[]) input);
  }

  private static List<Object> unpackFrom(Struct struct, Object input, long offset) {
    return input instanceof ByteBuffer
        ? struct.unpackFrom((ByteBuffer) input, offset)
        : struct.unpackFrom((byte[]) input, offset);
  }

  private static String calcsize(Case c) {
    String format = PyVectors.format(c.column(1));
    Outcome<Long> outcome = Outcome.of(() -> Struct.calcsize(format));
    if (c.expectsError()) {
      return Errors.mismatch(c, outcome.error);
    }
    if (outcome.error != null) {
      return "threw " + outcome.error;
    }
    return outcome.value == Long.parseLong(c.payload()) ? null : "size " + outcome.value;
  }

  private static String pack(Case c) {
    String format = PyVectors.format(c.column(1));
    for (IntStyle style : IntStyle.values()) {
      Object[] values = PyVectors.values(c.column(2), style);
      Outcome<byte[]> outcome = Outcome.of(() -> Struct.of(format).pack(values));
      String failure = c.expectsError()
          ? Errors.mismatch(c, outcome.error)
          : outcome.error != null ? "threw " + outcome.error
          : expectBytes(PyVectors.bytes(c.payload()), outcome.value);
      if (failure != null) {
        return style + " ints: " + failure;
      }
    }
    return null;
  }

  /** Reads the same bytes through every kind of input and checks each result. */
  private static String readEverywhere(Case c, String dataColumn, Reader reader) {
    String format = PyVectors.format(c.column(1));
    byte[] data = PyVectors.bytes(dataColumn);
    for (Input input : Input.values()) {
      if (data == null && input != Input.ARRAY) {
        continue;
      }
      Outcome<List<Object>> outcome = Outcome.of(() -> reader.read(Struct.of(format), input.wrap(data)));
      String failure = c.expectsError()
          ? Errors.mismatch(c, outcome.error)
          : outcome.error != null ? "threw " + outcome.error
          : Values.mismatch(format, c.payload(), outcome.value);
      if (failure != null) {
        return input + ": " + failure;
      }
    }
    return null;
  }

  private static String iterUnpack(Case c) {
    String format = PyVectors.format(c.column(1));
    byte[] data = PyVectors.bytes(c.column(2));
    for (Input input : Input.values()) {
      if (data == null && input != Input.ARRAY) {
        continue;
      }
      Outcome<List<List<Object>>> outcome = Outcome.of(() -> drain(input.iterate(Struct.of(format), data)));
      if (c.expectsError()) {
        String failure = Errors.mismatch(c, outcome.error);
        if (failure != null) {
          return input + ": " + failure;
        }
        continue;
      }
      if (outcome.error != null) {
        return input + ": threw " + outcome.error;
      }
      List<String> expected = PyVectors.records(c.payload());
      if (expected.size() != outcome.value.size()) {
        return input + ": " + outcome.value.size() + " records";
      }
      for (int i = 0; i < expected.size(); i++) {
        String failure = Values.mismatch(format, expected.get(i), outcome.value.get(i));
        if (failure != null) {
          return input + ": record " + i + ": " + failure;
        }
      }
    }
    return null;
  }

  private static List<List<Object>> drain(Iterator<List<Object>> records) {
    List<List<Object>> out = new ArrayList<>();
    records.forEachRemaining(out::add);
    return out;
  }

  private static String packInto(Case c) {
    String format = PyVectors.format(c.column(1));
    byte[] before = PyVectors.bytes(c.column(2));
    long offset = Long.parseLong(c.column(3));
    Object[] values = PyVectors.values(c.column(4), IntStyle.LONG);
    byte[] expected = c.expectsError() ? before : PyVectors.bytes(c.payload());
    for (Input input : Input.values()) {
      if (before == null && input != Input.ARRAY) {
        continue;
      }
      String failure = input == Input.READ_ONLY
          ? packIntoReadOnly(c, format, before, offset, values)
          : packInto(c, input, format, before, offset, values, expected);
      if (failure != null) {
        return input + ": " + failure;
      }
    }
    return null;
  }

  private static String packInto(Case c, Input input, String format, byte[] before, long offset,
      Object[] values, byte[] expected) {
    Target target = input.target(before);
    Outcome<Void> outcome = Outcome.of(() -> {
      target.pack(Struct.of(format), offset, values);
      return null;
    });
    if (c.expectsError()) {
      String failure = Errors.mismatch(c, outcome.error);
      if (failure != null) {
        return failure;
      }
    } else if (outcome.error != null) {
      return "threw " + outcome.error;
    }
    if (before == null) {
      return null;
    }
    return target.intact() ? expectBytes(expected, target.contents()) : "wrote outside its region";
  }

  /** A read-only buffer refuses every pack that gets past the value count check. */
  private static String packIntoReadOnly(Case c, String format, byte[] before, long offset, Object[] values) {
    ByteBuffer buffer = ByteBuffer.wrap(before.clone()).asReadOnlyBuffer();
    Outcome<Void> outcome = Outcome.of(() -> {
      Struct.of(format).packInto(buffer, offset, values);
      return null;
    });
    boolean countError = c.expectsError() && c.errorMessage().startsWith("pack_into expected");
    boolean formatError = c.expectsError() && Errors.isFormatError(c.errorMessage());
    if (countError || formatError) {
      return Errors.mismatch(c, outcome.error);
    }
    return outcome.error instanceof ReadOnlyBufferException ? null : "expected ReadOnlyBufferException, got "
        + outcome.error;
  }

  private static String expectBytes(byte[] expected, byte[] actual) {
    return Arrays.equals(expected, actual) ? null
        : "bytes " + HEX.formatHex(actual) + ", expected " + HEX.formatHex(expected);
  }

  /** Reads values from a struct and an input. */
  private interface Reader {
    List<Object> read(Struct struct, Object input);
  }

  /** The kinds of buffer each read is replayed over. */
  enum Input {
    ARRAY, HEAP, READ_ONLY, DIRECT;

    private static final int LEAD = 5;
    private static final int TRAIL = 3;

    /** Returns the data as this kind of input: a byte[] or a buffer positioned on the data. */
    Object wrap(byte[] data) {
      if (this == ARRAY) {
        return data;
      }
      ByteBuffer buffer = this == DIRECT
          ? ByteBuffer.allocateDirect(LEAD + data.length + TRAIL)
          : ByteBuffer.allocate(LEAD + data.length + TRAIL);
      buffer.put(LEAD, data).position(LEAD).limit(LEAD + data.length);
      return this == READ_ONLY ? buffer.asReadOnlyBuffer() : buffer;
    }

    Iterator<List<Object>> iterate(Struct struct, byte[] data) {
      Object input = wrap(data);
      return input instanceof ByteBuffer ? struct.iterUnpack((ByteBuffer) input) : struct.iterUnpack((byte[]) input);
    }

    Target target(byte[] before) {
      return new Target(this, before);
    }
  }

  /** A writable destination for {@code packInto} with guard bytes around the data. */
  static final class Target {
    private static final byte GUARD = (byte) 0xA5;
    private final Input input;
    private final byte[] array;
    private final ByteBuffer buffer;
    private final int length;

    Target(Input input, byte[] before) {
      this.input = input;
      this.length = before == null ? 0 : before.length;
      this.array = before == null ? null : before.clone();
      if (input == Input.ARRAY || before == null) {
        this.buffer = null;
      } else {
        ByteBuffer b = input == Input.DIRECT
            ? ByteBuffer.allocateDirect(Input.LEAD + length + Input.TRAIL)
            : ByteBuffer.allocate(Input.LEAD + length + Input.TRAIL);
        for (int i = 0; i < b.capacity(); i++) {
          b.put(i, GUARD);
        }
        b.put(Input.LEAD, before).position(Input.LEAD).limit(Input.LEAD + length);
        this.buffer = b;
      }
    }

    void pack(Struct struct, long offset, Object[] values) {
      if (buffer == null) {
        struct.packInto(array, offset, values);
      } else {
        struct.packInto(buffer, offset, values);
      }
    }

    byte[] contents() {
      if (buffer == null) {
        return array;
      }
      byte[] out = new byte[length];
      buffer.get(Input.LEAD, out);
      return out;
    }

    /** Returns whether the guard bytes around a buffer's data, and its position and limit, are intact. */
    boolean intact() {
      if (buffer == null) {
        return true;
      }
      ByteBuffer whole = buffer.duplicate().clear(); // absolute gets stop at the limit
      for (int i = 0; i < whole.capacity(); i++) {
        boolean inData = i >= Input.LEAD && i < Input.LEAD + length;
        if (!inData && whole.get(i) != GUARD) {
          return false;
        }
      }
      return buffer.position() == Input.LEAD && buffer.limit() == Input.LEAD + length;
    }

    @Override
    public String toString() {
      return input.toString();
    }
  }

  /** A result or the exception that replaced it. */
  static final class Outcome<T> {
    final T value;
    final RuntimeException error;

    private Outcome(T value, RuntimeException error) {
      this.value = value;
      this.error = error;
    }

    static <T> Outcome<T> of(java.util.function.Supplier<T> action) {
      try {
        return new Outcome<>(action.get(), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }
  }

  /** CPython exception types mapped to Java families, as DESIGN.md's table says. */
  static final class Errors {
    private Errors() {}

    static boolean isFormatError(String message) {
      return message.startsWith("bad char") || message.startsWith("repeat count")
          || message.startsWith("total struct size") || message.startsWith("embedded null")
          || message.startsWith("'ascii' codec");
    }

    static String mismatch(Case c, RuntimeException actual) {
      if (actual == null) {
        return "expected " + c.errorType() + " (" + c.errorMessage() + "), got success";
      }
      String type = c.errorType();
      String familyError = family(type, actual);
      if (familyError != null) {
        return familyError + ": " + actual;
      }
      if (type.equals("UnicodeEncodeError")) {
        return null; // structview names the character its own way; see FormatException
      }
      String expected = javaVoice(c.errorMessage());
      String message = String.valueOf(actual.getMessage());
      return message.startsWith(expected) ? null : "message '" + message + "' does not start with '" + expected + "'";
    }

    private static String family(String pythonType, RuntimeException actual) {
      switch (pythonType) {
        case "struct.error":
          return actual instanceof StructException ? null : "expected StructException";
        case "UnicodeEncodeError":
          return actual instanceof IllegalArgumentException ? null : "expected IllegalArgumentException";
        case "TypeError":
        case "ValueError":
        case "OverflowError":
          return actual instanceof IllegalArgumentException && !(actual instanceof StructException)
              ? null : "expected IllegalArgumentException (not StructException)";
        case "IndexError":
          return actual instanceof IndexOutOfBoundsException ? null : "expected IndexOutOfBoundsException";
        default:
          return "no Java family for " + pythonType;
      }
    }

    /** CPython's message in Java's terms: {@code None} is {@code null}. */
    private static String javaVoice(String message) {
      return message.replace("'NoneType'", "null").replaceAll("\\b(NoneType|None)\\b", "null");
    }
  }

  /** Compares unpacked Java values with CPython's, bit for bit, and checks each carrier class. */
  static final class Values {
    private Values() {}

    static String mismatch(String format, String expectedColumn, List<Object> actual) {
      List<String> tokens = expectedColumn.equals("-") ? List.of() : List.of(expectedColumn.split(","));
      if (tokens.size() != actual.size()) {
        return actual.size() + " values " + actual + ", expected " + tokens.size();
      }
      List<Class<?>> carriers = carriers(format);
      for (int i = 0; i < tokens.size(); i++) {
        Object value = actual.get(i);
        if (value == null || value.getClass() != carriers.get(i)) {
          return "value " + i + " is " + (value == null ? "null" : value.getClass().getSimpleName())
              + ", documented as " + carriers.get(i).getSimpleName();
        }
        String failure = compare(tokens.get(i), value);
        if (failure != null) {
          return "value " + i + ": " + failure;
        }
      }
      return null;
    }

    private static List<Class<?>> carriers(String format) {
      List<Class<?>> out = new ArrayList<>();
      for (FieldLayout field : Struct.of(format).layout().fields()) {
        for (long k = 0; k < field.valueCount(); k++) {
          out.add(field.carrier());
        }
      }
      return out;
    }

    private static String compare(String token, Object value) {
      return PyTokens.mismatch(token, value);
    }
  }

  @Test
  void replayHarnessRejectsAWrongValue() {
    // The harness itself must be able to fail: a wrong expectation is reported, not ignored.
    assertEquals("value 0: 1 != i2", Values.mismatch("<b", "i2", List.of((byte) 1)));
    assertEquals("value 0 is Integer, documented as Byte", Values.mismatch("<b", "i1", List.of(1)));
  }
}
