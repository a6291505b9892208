package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.buffer.BufferException;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.view.MemoryView;
import dev.structview.view.Slice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile inputs to {@code Struct} and {@code MemoryView}: huge counts, sizes at and past
 * 2<sup>63</sup>-1, offsets at the limits of {@code long}, 65 dimensions, extreme slice steps, and
 * zero-size everything. Each gets CPython's answer ({@code src/test/python/gen_hostile_vectors.py}
 * recorded it), or the documented one where structview differs, in well under a second and without
 * allocating more than {@value #MAX_ALLOCATION} bytes: an error must come before any array the
 * input's sizes ask for. {@link HostileExporterTest} covers exporters, which CPython has no
 * counterpart for.
 */
class HostileInputTest {
  static final long MAX_ALLOCATION = 4 << 20;
  static final long MAX_NANOS = 1_000_000_000L;
  private static final Map<String, String[]> CPYTHON = load();

  /** One case: its ID in the vector file, the call, and what structview answers if not CPython's. */
  private record Case(String id, Supplier<Object> call, Object javaResult, Class<?> deviation, String deviationMessage) {
    static Case ok(String id, Supplier<Object> call, Object javaResult) {
      return new Case(id, call, javaResult, null, null);
    }

    static Case error(String id, Supplier<Object> call) {
      return new Case(id, call, null, null, null);
    }

    /** structview's documented answer where CPython's differs: an exception class and message start. */
    static Case deviates(String id, Supplier<Object> call, Class<?> type, String message) {
      return new Case(id, call, null, type, message);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyHostileInputGetsCPythonsAnswerFastAndWithoutAllocating() {
    String digits = "9".repeat(100_000) + "x";
    String braces = "T{".repeat(100_000);
    String parens = "(".repeat(100_000);
    long[] ones65 = new long[65];
    Arrays.fill(ones65, 1);
    long[] ones64 = Arrays.copyOf(ones65, 64);
    ones64[63] = 4;
    List<Case> cases = List.of(
        Case.ok("count_calcsize", () -> Struct.calcsize("999999999999s"), 999_999_999_999L),
        Case.deviates("count_pack", () -> Struct.of("999999999999s").pack(new byte[0]), StructException.class,
            "cannot pack 999999999999 bytes into one Java array"),
        Case.error("count_unpack", () -> Struct.of("999999999999s").unpack(new byte[3])),
        Case.error("count_unpack_from", () -> Struct.of("999999999999s").unpackFrom(new byte[3], 0)),
        Case.error("count_pack_into", () -> pack("999999999999s", new byte[3], 0, (Object) new byte[0])),
        Case.ok("count_iter_unpack", () -> StructFuzzTest.drain(Struct.of("999999999999s").iterUnpack(new byte[0])),
            List.of()),
        Case.error("count_values", () -> Struct.of("<1073741824i").pack()),
        Case.ok("max_calcsize", () -> Struct.calcsize("9223372036854775807x"), Long.MAX_VALUE),
        Case.deviates("max_pack", () -> Struct.of("9223372036854775807x").pack(), StructException.class,
            "cannot pack 9223372036854775807 bytes into one Java array"),
        Case.error("over_calcsize", () -> Struct.calcsize("9223372036854775808x")),
        Case.error("over_long_calcsize", () -> Struct.calcsize("99999999999999999999x")),
        Case.error("over_align_calcsize", () -> Struct.calcsize("@b9223372036854775800q")),
        Case.error("over_items_calcsize", () -> Struct.calcsize("<4611686018427387904h4611686018427387904h")),
        Case.error("digits_calcsize", () -> Struct.calcsize(digits)),
        Case.error("braces_calcsize", () -> Struct.calcsize(braces)),
        Case.error("parens_calcsize", () -> Struct.calcsize(parens)),
        Case.error("offset_max_unpack_from", () -> Struct.of("<i").unpackFrom(new byte[8], Long.MAX_VALUE)),
        Case.error("offset_min_unpack_from", () -> Struct.of("<i").unpackFrom(new byte[8], Long.MIN_VALUE)),
        Case.error("offset_int_unpack_from", () -> Struct.of("<i").unpackFrom(new byte[8], 1L << 31)),
        Case.error("offset_max_pack_into", () -> pack("<i", new byte[8], Long.MAX_VALUE, 1)),
        Case.error("offset_min_pack_into", () -> pack("<i", new byte[8], Long.MIN_VALUE, 1)),
        Case.error("offset_near_min_unpack_from", () -> Struct.of("<q").unpackFrom(new byte[8], Long.MIN_VALUE + 7)),
        Case.error("empty_iter_unpack", () -> Struct.of("").iterUnpack(new byte[0])),
        Case.ok("empty_unpack_from_end", () -> Struct.of("").unpackFrom(new byte[3], 3), List.of()),
        Case.error("empty_unpack_from_past", () -> Struct.of("").unpackFrom(new byte[3], 4)),
        Case.ok("empty_pack", () -> Struct.of("").pack().length, 0),
        Case.ok("empty_strings_unpack", () -> Struct.of("0s0p").unpack(new byte[0]).size(), 2),
        Case.error("empty_strings_pack", () -> Struct.of("0s0p0x").pack()),
        Case.error("cast_65_dims", () -> MemoryView.of(new byte[4]).cast("B", ones65)),
        Case.ok("cast_64_dims", () -> MemoryView.of(new byte[4]).cast("B", ones64).shape()[63], 4L),
        Case.error("cast_max_extent", () -> MemoryView.of(new byte[4]).cast("B", Long.MAX_VALUE)),
        Case.error("cast_product_overflow", () -> MemoryView.of(new byte[4]).cast("B", 3037000500L, 3037000500L)),
        Case.error("cast_zero_extent", () -> MemoryView.of(new byte[4]).cast("B", 0)),
        Case.error("cast_negative_extent", () -> MemoryView.of(new byte[4]).cast("B", -1)),
        Case.error("cast_nd_to_nd", () -> MemoryView.of(new byte[8]).cast("B", 2, 2, 2).cast("B", ones64.clone())),
        Case.ok("cast_0d", () -> MemoryView.of(new byte[4]).cast("i", new long[0]).toList(), 0),
        Case.error("empty_cast_shape", () -> MemoryView.of(new byte[0]).cast("B", 1)),
        Case.ok("empty_cast", () -> MemoryView.of(new byte[0]).cast("i").shape()[0], 0L),
        Case.ok("empty_tolist", () -> MemoryView.of(new byte[0]).toList(), List.of()),
        Case.ok("empty_hex", () -> MemoryView.of(new byte[0]).hex(), ""),
        Case.ok("empty_reversed", () -> MemoryView.of(new byte[0]).slice(Slice.of(null, null, -1L)).toList(), List.of()),
        Case.error("index_max", () -> MemoryView.of(new byte[4]).get(Long.MAX_VALUE)),
        Case.error("index_min", () -> MemoryView.of(new byte[4]).get(Long.MIN_VALUE)),
        Case.ok("slice_min_step", () -> MemoryView.of(new byte[4])
            .slice(Slice.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE)).toList(), List.of(0)),
        Case.ok("slice_max_step", () -> MemoryView.of(new byte[4]).slice(Slice.of(null, null, Long.MAX_VALUE)).toList(),
            List.of(0)),
        Case.ok("slice_extremes", () -> MemoryView.of(new byte[4])
            .slice(Slice.of(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).toList(), List.of(0)),
        Case.deviates("exporter_65_dims", () -> MemoryView.of(HostileExporterTest.exporter(65)),
            IllegalArgumentException.class, "number of dimensions must not exceed 64"));
    assertEquals(CPYTHON.keySet(), cases.stream().map(Case::id).collect(java.util.stream.Collectors.toSet()),
        "every recorded CPython case has a Java counterpart, and no more");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
  }

  /** The extended parser on the same hostile formats: a FormatException at once, no stack overflow. */
  @TestFactory
  Stream<DynamicTest> theExtendedParserRefusesDeepAndLongFormatsFast() {
    return Stream.of(
        new String[] {"T{".repeat(100_000), "structs nested too deeply"},
        new String[] {"(".repeat(100_000), "bad shape"},
        new String[] {"9".repeat(100_000) + "x", "total struct size too long"},
        new String[] {"(3037000500,3037000500)q", "total struct size too long"},
        new String[] {"(9223372036854775807,2)x", "bad shape"},
        new String[] {"2T{9223372036854775807x}", "total struct size too long"},
        new String[] {"T{".repeat(64) + "}".repeat(64), null},
        new String[] {"T{".repeat(65) + "}".repeat(65), "structs nested too deeply"})
        .map(c -> DynamicTest.dynamicTest(c[0].length() > 40 ? c[0].substring(0, 40) + "..." : c[0], () -> {
          Outcome<Object> outcome = measured(() -> FormatParser.parseExtended(c[0]));
          if (c[1] == null) {
            outcome.value("parseExtended");
          } else {
            outcome.failedWith(FormatException.class, "parseExtended");
            assertTrue(outcome.error().getMessage().startsWith(c[1]), outcome.error().getMessage());
          }
        }));
  }

  private static void check(Case c) {
    String[] py = CPYTHON.get(c.id());
    Outcome<Object> outcome = measured(c.call());
    String what = c.id() + " (CPython: " + py[1] + " -> " + String.join(" ", Arrays.copyOfRange(py, 2, py.length)) + ")";
    if (py[2].equals("OK")) {
      assertEquals(c.javaResult(), outcome.value(what), what);
    } else if (c.deviation() != null) {
      outcome.failedWith(c.deviation().asSubclass(RuntimeException.class), what);
      assertTrue(outcome.error().getMessage().startsWith(c.deviationMessage()), what + ": " + outcome.error());
    } else {
      outcome.failedWith(family(py[3]), what);
      assertTrue(String.valueOf(outcome.error().getMessage()).startsWith(py[4]),
          what + ": Java says \"" + outcome.error().getMessage() + "\"");
    }
  }

  /** Runs a call, failing if it takes a second or allocates more than {@link #MAX_ALLOCATION} bytes. */
  static Outcome<Object> measured(Supplier<Object> call) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long bytes = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    Outcome<Object> outcome = Outcome.of(call);
    long nanos = System.nanoTime() - start;
    long allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
    if (nanos > MAX_NANOS || allocated > MAX_ALLOCATION) {
      fail("took " + nanos / 1_000_000 + " ms and allocated " + allocated + " bytes for "
          + (outcome.ok() ? "a result" : outcome.error()));
    }
    return outcome;
  }

  private static Class<? extends RuntimeException> family(String pythonType) {
    switch (pythonType) {
      case "struct.error": return StructException.class;
      case "IndexError": return IndexOutOfBoundsException.class;
      case "BufferError": return BufferException.class;
      default: return IllegalArgumentException.class;   // TypeError, ValueError, OverflowError
    }
  }

  private static Object pack(String format, byte[] buffer, long offset, Object... values) {
    Struct.of(format).packInto(buffer, offset, values);
    return buffer;
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> cases = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        HostileInputTest.class.getResourceAsStream("/vectors/fuzz/hostile.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#")) {
          String[] columns = line.split("\t", -1);
          cases.put(columns[0], columns);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
