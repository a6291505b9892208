package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.view.MemoryView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link NpyRepr} against what NumPy 2.4 printed for the same files ({@code make_repr_fixtures.py}):
 * {@code repr(a.dtype)}, {@code repr(a[:10])} and {@code repr(a[:2])}, character for character, for
 * every well-formed {@code .npy} fixture and arrays chosen for how NumPy prints floats, strings,
 * records, wrapped rows and summaries.
 */
class NpyReprTest {
  private static final Path RESOURCES = NpyFixturesTest.fixtures().getParent();

  @TestFactory
  Stream<DynamicTest> printsWhatNumPyPrints() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> truth = (Map<String, Object>) Json.parse(Files.readString(
        RESOURCES.resolve("repr/repr.json"), StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases = (List<Map<String, Object>>) truth.get("cases");
    assertTrue(cases.size() > 100, "the generator wrote " + cases.size() + " cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> replay(c)));
  }

  @SuppressWarnings("unchecked")
  private static void replay(Map<String, Object> c) {
    try (MemoryView v = Npy.map(RESOURCES.resolve((String) c.get("file")))) {
      assertEquals(c.get("dtype"), NpyRepr.dtype(v), "repr(a.dtype)");
      Map<String, Object> reprs = (Map<String, Object>) c.get("repr");
      for (Map.Entry<String, Object> r : reprs.entrySet()) {
        long rows = r.getKey().equals("0d") ? 10 : Long.parseLong(r.getKey());
        if (Boolean.TRUE.equals(c.get("long_double"))) {
          assertThrows(UnsupportedOperationException.class, () -> NpyRepr.array(v, rows), "long double");
        } else {
          assertEquals(r.getValue(), NpyRepr.array(v, rows), "repr(a[:" + r.getKey() + "])");
        }
      }
    }
  }

  @Test
  void refusesViewsItDidNotMake() {
    try (MemoryView v = MemoryView.of(new byte[4])) {
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> NpyRepr.array(v, 1));
      assertTrue(x.getMessage().contains("only views Npy and Npz made have one"), x.getMessage());
    }
  }
}
