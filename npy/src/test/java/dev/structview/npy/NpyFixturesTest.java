package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.Memory;
import dev.structview.testing.PyTokens;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every fixture of {@code src/test/python/make_fixtures.py} through {@link Npy#map},
 * {@link Npy#read}, {@link Npy#wrap} and {@link Npy#header}, against what NumPy and CPython reported
 * for the same file: {@code memoryview(numpy.load(f, mmap_mode="r"))} for the mapping,
 * {@code memoryview(numpy.load(f))} for the copies, the header as {@code ast.literal_eval} reads it,
 * and for malformed files the refusal.
 */
class NpyFixturesTest {
  private static final HexFormat HEX = HexFormat.of();

  @TestFactory
  Stream<DynamicTest> everyFixtureAsNumPyReportsIt() throws IOException {
    Path dir = fixtures();
    @SuppressWarnings("unchecked")
    Map<String, Object> truth = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("truth.json"),
        StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) truth.get("fixtures");
    assertTrue(entries.size() > 100, "the generator wrote " + entries.size() + " fixtures");
    return entries.stream().map(e -> DynamicTest.dynamicTest((String) e.get("name"),
        () -> replay(dir.resolve((String) e.get("file")), e)));
  }

  static Path fixtures() {
    try {
      return Path.of(NpyFixturesTest.class.getResource("fixtures/truth.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void replay(Path file, Map<String, Object> e) throws IOException {
    String name = file.getFileName().toString();
    if (e.containsKey("numpy_error") || e.containsKey("divergence")) {
      refused(file, name, "numpy: " + e.get("numpy_error") + e.getOrDefault("divergence", ""));
      return;
    }
    Map<String, Object> mmap = (Map<String, Object>) e.get("mmap");
    Map<String, Object> load = (Map<String, Object>) e.get("load");
    if (mmap.containsKey("error")) {
      refused(file, name, "memoryview: " + mmap.get("error"));
      return;
    }
    try (MemoryView v = Npy.map(file)) {
      compare(v, mmap, "map");
    }
    header(Npy.header(file), (Map<String, Object>) e.get("header"), mmap);
    if (e.containsKey("load_error")) {
      copiesRefused(file, name, "numpy.load without mmap_mode: " + e.get("load_error"));
      return;
    }
    try (InputStream in = Files.newInputStream(file); MemoryView v = Npy.read(in, name)) {
      compare(v, load, "read");
    }
    Memory image = Memory.of(Files.readAllBytes(file));
    try (MemoryView v = Npy.wrap(image, name)) {
      compare(v, load, "wrap");
    }
  }

  /** What NumPy maps but does not load (a sub-array descr): the readers that copy refuse it. */
  private static void copiesRefused(Path file, String name, String why) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<Supplier<Object>> calls = List.of(() -> Npy.read(new java.io.ByteArrayInputStream(bytes), name),
        () -> Npy.wrap(Memory.of(bytes), name));
    for (Supplier<Object> call : calls) {
      NpyFormatException x = assertThrows(NpyFormatException.class, call::get, why);
      assertTrue(x.getMessage().contains(name), x.getMessage());
    }
  }

  /** Every entry point refuses the file with one NpyFormatException that names it. */
  private static void refused(Path file, String name, String why) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<Supplier<Object>> calls = List.of(() -> Npy.map(file), () -> Npy.header(file),
        () -> Npy.read(new java.io.ByteArrayInputStream(bytes), name), () -> Npy.wrap(Memory.of(bytes), name));
    for (Supplier<Object> call : calls) {
      long start = System.nanoTime();
      NpyFormatException x = assertThrows(NpyFormatException.class, call::get, why);
      assertTrue(x.getMessage().contains(name), x.getMessage());
      assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused in under 2 s: " + x.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  static void compare(MemoryView v, Map<String, Object> t, String how) {
    String at = how + ": ";
    assertEquals(t.get("format"), v.format(), at + "format");
    assertEquals(t.get("itemsize"), v.itemsize(), at + "itemsize");
    assertEquals(((Long) t.get("ndim")).intValue(), v.ndim(), at + "ndim");
    assertArrayEquals(longs(t.get("shape")), v.shape(), at + "shape");
    assertArrayEquals(longs(t.get("strides")), v.strides(), at + "strides");
    assertEquals(t.get("nbytes"), v.nbytes(), at + "nbytes");
    assertEquals(t.get("readonly"), v.readonly(), at + "readonly");
    assertEquals(t.get("c_contiguous"), v.isCContiguous(), at + "c_contiguous");
    assertEquals(t.get("f_contiguous"), v.isFContiguous(), at + "f_contiguous");
    assertEquals(t.get("tobytes"), HEX.formatHex(v.toBytes()), at + "tobytes");
    assertEquals(t.get("tobytes_f"), HEX.formatHex(v.toBytes('F')), at + "tobytes('F')");
    if (t.containsKey("tolist") || t.containsKey("struct_values")) {
      Object expected = t.containsKey("tolist") ? t.get("tolist") : t.get("struct_values");
      String diff = mismatch(expected, v.toList(), "");
      assertNull(diff, at + "toList");
    } else {
      UnsupportedOperationException x = assertThrows(UnsupportedOperationException.class, v::toList);
      assertEquals(t.get("tolist_error"), x.getMessage(), at + "toList refusal");
    }
  }

  /**
   * The header as read, against the literal NumPy wrote and the array its mapping shows: the
   * array's shape is the literal's, followed by a sub-array descr's dimensions.
   */
  private static void header(NpyHeader h, Map<String, Object> t, Map<String, Object> mapped) {
    List<Long> version = longList(t.get("version"));
    assertEquals(version.get(0).intValue(), h.major());
    assertEquals(version.get(1).intValue(), h.minor());
    assertEquals(t.get("descr"), h.descr());
    assertEquals(t.get("fortran_order"), h.fortranOrder());
    long[] literal = longs(t.get("shape"));
    assertArrayEquals(literal, Arrays.copyOf(h.shape(), literal.length), "the header's shape");
    assertArrayEquals(longs(mapped.get("shape")), h.shape(), "the array's shape");
    assertEquals(t.get("data_offset"), h.dataOffset());
    assertEquals(mapped.get("format"), h.format());
    assertEquals(mapped.get("itemsize"), h.itemsize());
  }

  /** Compares a Java value with generator tokens: arrays with lists, scalars as PyTokens does. */
  static String mismatch(Object expected, Object actual, String path) {
    if (expected instanceof List<?> list) {
      if (!(actual instanceof List<?> got) || got.size() != list.size()) {
        return path + ": expected " + list.size() + " items, got " + actual;
      }
      for (int i = 0; i < list.size(); i++) {
        String d = mismatch(list.get(i), got.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    String d = PyTokens.mismatch((String) expected, actual);
    return d == null ? null : path + ": " + d;
  }

  static long[] longs(Object list) {
    return longList(list).stream().mapToLong(Long::longValue).toArray();
  }

  @SuppressWarnings("unchecked")
  static List<Long> longList(Object list) {
    return new ArrayList<>((List<Long>) list);
  }

}
