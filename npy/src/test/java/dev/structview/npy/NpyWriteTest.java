package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files {@link Npy#write} makes are loaded by NumPy in the same run, which must see the dtype (names
 * included), shape, order and values Java meant, and would itself have written the same header
 * bytes for the array it loaded. Files NumPy made are written back by Java byte for byte.
 */
class NpyWriteTest {
  private static final HexFormat HEX = HexFormat.of();

  @TempDir
  Path dir;

  /** A view to write and what NumPy must load from it: {@code repr(dtype_to_descr(dtype))} and {@code repr(shape)}. */
  private record Case(String name, MemoryView view, String descr, String shape, boolean fortran) {}

  private static MemoryView view(String format, long itemsize, long[] shape, long[] strides, int bytes) {
    byte[] data = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      data[i] = (byte) (i * 37 + 11);
    }
    return MemoryView.of(new ViewExporter(data, 0, format, itemsize, shape, strides));
  }

  private static long[] l(long... v) {
    return v;
  }

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("c_2d", view("<i", 4, l(2, 3), l(12, 4), 24), "'<i4'", "(2, 3)", false));
    c.add(new Case("fortran_2d", view(">d", 8, l(3, 2), l(8, 24), 48), "'>f8'", "(3, 2)", true));
    c.add(new Case("fortran_3d", view("<H", 2, l(2, 3, 4), l(2, 4, 12), 48), "'<u2'", "(2, 3, 4)", true));
    c.add(new Case("strided", view("i", 4, l(4), l(8), 32), "'<i4'", "(4,)", false));
    c.add(new Case("reversed", view("<h", 2, l(3, 2), l(4, 2), 12).slice(Slice.of(null, null, -1L)),
        "'<i2'", "(3, 2)", false));
    c.add(new Case("bool", view("?", 1, l(5), l(1), 5), "'|b1'", "(5,)", false));
    c.add(new Case("bytes", view("5s", 5, l(3), l(5), 15), "'|S5'", "(3,)", false));
    c.add(new Case("half", view("<e", 2, l(4), l(2), 8), "'<f2'", "(4,)", false));
    c.add(new Case("zero_d", view("<q", 8, l(), l(), 8), "'<i8'", "()", false));
    c.add(new Case("empty", view("<f", 4, l(0, 3), l(12, 4), 0), "'<f4'", "(0, 3)", false));
    c.add(new Case("native_long", view("@l", 8, l(3), l(8), 24), "'<i8'", "(3,)", false));
    c.add(new Case("struct_padded", view("T{<i:a:B:b:xxx<d:c:}", 16, l(2), l(16), 32),
        "[('a', '<i4'), ('b', '|u1'), ('', '|V3'), ('c', '<f8')]", "(2,)", false));
    c.add(new Case("unnamed", view("<IhB", 7, l(3), l(7), 21),
        "[('f0', '<u4'), ('f1', '<i2'), ('f2', '|u1')]", "(3,)", false));
    c.add(new Case("big_endian_named", view(">H:x: >H:y:", 4, l(2, 2), l(8, 4), 16),
        "[('x', '>u2'), ('y', '>u2')]", "(2, 2)", false));
    c.add(new Case("subarray", view("T{(2,2)<h:m: B:k:}", 9, l(2), l(9), 18),
        "[('m', '<i2', (2, 2)), ('k', '|u1')]", "(2,)", false));
    c.add(new Case("nested", view("T{T{<H:p: >f:q:}:x: b:y:}", 7, l(3), l(7), 21),
        "[('x', [('p', '<u2'), ('q', '>f4')]), ('y', '|i1')]", "(3,)", false));
    c.add(new Case("repeated", view("<3h", 6, l(2), l(6), 12), "'<i2'", "(2, 3)", false));
    c.add(new Case("native_aligned", view("@i:a: @d:b:", 16, l(2), l(16), 32),
        "[('a', '<i4'), ('', '|V4'), ('b', '<f8')]", "(2,)", false));
    c.add(new Case("trailing_pad", view("<h:a:", 4, l(3), l(4), 12), "[('a', '<i2'), ('', '|V2')]", "(3,)",
        false));
    return c;
  }

  @Test
  void numpyLoadsWhatJavaWrites() throws IOException, InterruptedException {
    assumeTrue(NumPy.available(), NumPy.MISSING);
    List<Case> cases = cases();
    List<Path> files = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Case k : cases) {
      Path file = dir.resolve(k.name() + ".npy");
      Npy.write(file, k.view());
      files.add(file);
      byte[] values = k.view().toBytes();
      expected.add(String.join("\t", k.descr(), k.shape(), k.fortran() ? "True" : "False",
          values.length == 0 ? "-" : HEX.formatHex(values), "True"));
      k.view().release();
    }
    List<String> got = NumPy.load(files);
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(expected.get(i), got.get(i), cases.get(i).name()
          + ": descr, shape, fortran_order, C-order bytes, header as NumPy writes it");
    }
  }

  @Test
  void recordArraysAreWrittenWithTheirFieldNames() throws IOException, InterruptedException {
    assumeTrue(NumPy.available(), NumPy.MISSING);
    byte[] data = new byte[21];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 13 + 1);
    }
    Path file = dir.resolve("ticks.npy");
    try (RecordArray<TickView> ticks = TickView.array(data)) {
      Npy.write(file, ticks);
    }
    assertEquals(List.of("[('id', '<u4'), ('delta', '<i2'), ('flags', '|u1')]\t(3,)\tFalse\t" + HEX.formatHex(data)
        + "\tTrue"), NumPy.load(List.of(file)));
  }

  @Test
  void numpyWrittenFixturesAreWrittenBackByteForByte() throws IOException {
    Path fixtures = NpyFixturesTest.fixtures();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(
        Files.readString(fixtures.resolve("truth.json")))).get("fixtures");
    int checked = 0;
    for (Map<String, Object> e : entries) {
      String name = (String) e.get("name");
      boolean forced = name.startsWith("version_2") || name.startsWith("version_3");
      if (e.containsKey("malformed") || e.containsKey("numpy_error") || e.containsKey("divergence") || forced
          || ((Map<?, ?>) e.get("mmap")).containsKey("error")) {
        continue;
      }
      Path file = fixtures.resolve((String) e.get("file"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (MemoryView v = Npy.map(file)) {
        Npy.write(out, v);
      }
      assertArrayEquals(Files.readAllBytes(file), out.toByteArray(), name);
      checked++;
    }
    assertEquals(true, checked > 90, "fixtures checked: " + checked);
  }

  /**
   * Views of PEP 3118 formats are written as {@code numpy.save(numpy.asarray(view))} writes them
   * ({@code make_format_fixtures.py}), byte for byte: unnamed fields named as NumPy names them,
   * and a single repeated or shaped item written as an array of more dimensions.
   */
  @TestFactory
  Stream<DynamicTest> formatsAreWrittenAsNumPyWritesTheirArrays() throws IOException {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(
        Files.readString(NpyFixturesTest.fixtures().resolveSibling("formats").resolve("formats.json"))))
        .get("cases");
    assertTrue(cases.size() >= 20, "the generator wrote " + cases.size() + " cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> {
      byte[] data = HEX.parseHex((String) c.get("data"));
      MemoryView v = MemoryView.of(new ViewExporter(data, 0, (String) c.get("format"), (Long) c.get("itemsize"),
          NpyFixturesTest.longs(c.get("shape")), NpyFixturesTest.longs(c.get("strides"))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Npy.write(out, v);
      v.release();
      assertEquals(c.get("npy"), HEX.formatHex(out.toByteArray()), c.get("format") + " read by NumPy as "
          + c.get("dtype"));
    }));
  }

  @TestFactory
  Stream<DynamicTest> formatsNumPyRefusesAreRefused() throws IOException {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> refused = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(
        Files.readString(NpyFixturesTest.fixtures().resolveSibling("formats").resolve("formats.json"))))
        .get("refused");
    assertTrue(refused.size() >= 8, "the generator wrote " + refused.size() + " refusals");
    return refused.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> {
      String format = (String) c.get("format");
      long itemsize = (Long) c.get("itemsize");
      MemoryView v = view(format, itemsize, l(2), l(itemsize), (int) (2 * itemsize));
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> Npy.write(new ByteArrayOutputStream(), v), "NumPy: " + c.get("numpy"));
      assertTrue(x.getMessage().startsWith("the view's "), x.getMessage());
      assertTrue(x.getMessage().contains("'" + format + "'"), x.getMessage());
    }));
  }

  @Test
  void aFileIsReplacedWholeOnlyOnceItsViewIsWritten() throws IOException {
    // The view maps the file it is written over: truncating the file first made it read past its end
    // (InternalError, the data lost). The same slice written elsewhere is the bytes to expect.
    Path file = Files.copy(NpyFixturesTest.fixtures().resolve("struct_2d.npy"), dir.resolve("self.npy"));
    Path elsewhere = dir.resolve("elsewhere.npy");
    try (MemoryView mapped = Npy.map(file); MemoryView reversed = mapped.slice(Slice.of(null, null, -1L))) {
      Npy.write(elsewhere, reversed);
      Npy.write(file, reversed);
    }
    assertArrayEquals(Files.readAllBytes(elsewhere), Files.readAllBytes(file));
    // A refused view leaves the file as it was, and no temporary file behind.
    byte[] before = Files.readAllBytes(file);
    MemoryView pascal = view("3p", 3, l(2), l(3), 6);
    assertThrows(IllegalArgumentException.class, () -> Npy.write(file, pascal));
    assertArrayEquals(before, Files.readAllBytes(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("elsewhere.npy", "self.npy"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aLinkIsFollowedAndPermissionsAreKept() throws IOException {
    Path file = Files.write(dir.resolve("target.npy"), new byte[] {1, 2, 3});
    java.util.Set<java.nio.file.attribute.PosixFilePermission> mode =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, mode);
    Path link = Files.createSymbolicLink(dir.resolve("link.npy"), file);
    MemoryView ints = view("<i", 4, l(3), l(4), 12);
    Npy.write(link, ints);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(mode, Files.getPosixFilePermissions(file));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Npy.write(expected, ints);
    assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
  }

  @Test
  void formatsWithoutADtypeAreRefusedByName() {
    MemoryView pascal = view("3p", 3, l(2), l(3), 6);
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Npy.write(new ByteArrayOutputStream(), pascal));
    assertEquals("the view's format '3p' holds a 'p' item, which no NumPy dtype stores", x.getMessage());
  }
}
