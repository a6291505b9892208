package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.view.MemoryView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifetime {@link Npz} documents: views of stored members hold the archive's mapping past
 * {@link Npz#close()} until the last is released, and nothing reads unmapped memory. The values
 * are NumPy's ({@code positional.npz} holds {@code np.arange(3, dtype='<i2')} as {@code arr_0}).
 */
class NpzLifetimeTest {
  private static final Path ARCHIVE = NpyFixturesTest.fixtures().resolveSibling("npz").resolve("positional.npz");

  @Test
  void viewsOutliveTheArchiveUntilTheLastIsReleased() {
    Npz npz = Npz.open(ARCHIVE);
    MemoryView first = npz.get("arr_0");
    MemoryView second = npz.get("arr_0.npy");
    BufferExporter exporter = (BufferExporter) first.obj();
    npz.close();
    npz.close(); // idempotent
    assertThrows(IllegalStateException.class, npz::names);
    assertThrows(IllegalStateException.class, () -> npz.get("arr_0"));
    assertEquals(List.of((short) 0, (short) 1, (short) 2), first.toList());
    first.release();
    assertThrows(IllegalStateException.class, first::toList);
    assertEquals(2L, ((Number) second.get(2)).longValue(), "the other view still reads the mapping");
    try (MemoryView again = MemoryView.of(exporter)) {
      assertEquals(1L, ((Number) again.get(1)).longValue(), "a member exporter with a live export re-exports");
    }
    second.release();
    BufferException gone = assertThrows(BufferException.class, () -> MemoryView.of(exporter));
    assertEquals("the mapping of " + ARCHIVE + " member \"arr_0.npy\" was closed", gone.getMessage());
  }

  @Test
  void aDerivedViewKeepsTheMappingAsItsParentDoes() {
    MemoryView derived;
    try (Npz npz = Npz.open(ARCHIVE); MemoryView v = npz.get("arr_1")) {
      derived = v.toReadOnly();
    }
    // np.array([[1, 2], [3, 4]], order='F', dtype='>f8'): the view reads it in its logical order
    assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), derived.toList(), "shares the export: still mapped");
    derived.release();
  }
}
