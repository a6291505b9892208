package dev.structview.samples.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.npy.Npy;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's rule for NumPy's packed and aligned dtypes, on a dtype where alignment moves a
 * field: each view reads the layout it declares, with the values NumPy wrote, and refuses the other.
 */
class NpyLayoutsTest {
  private static final String MAKE = """
      import sys
      import numpy as np
      from numpy.lib.format import open_memmap
      fields = [('flags', 'u1'), ('id', '<u4'), ('delta', '<i2')]
      a = open_memmap(sys.argv[1], mode='w+', dtype=np.dtype(fields, align=sys.argv[2] == 'aligned'), shape=(3,))
      a[:] = [(7, 4000000000, -5), (255, 1, 32767), (0, 65536, -32768)]
      a.flush()
      for t in a:
          print(int(t['flags']), int(t['id']), int(t['delta']))
      """;

  @TempDir
  Path dir;

  /** What NumPy printed for each file it made: {@code "flags id delta"} lines. */
  private final Map<Path, List<String>> printed = new HashMap<>();

  @BeforeAll
  static void numpy() {
    assumeTrue(SharingScript.available(), SharingScript.MISSING);
  }

  @Test
  void aPackedViewReadsThePackedDtypeAndRefusesTheAligned() {
    Path packed = make("packed");
    try (MemoryView npy = Npy.map(packed); RecordArray<PackedFlagsFirstView> ticks = PackedFlagsFirstView.array(npy)) {
      List<String> lines = new ArrayList<>();
      ticks.forEach(t -> lines.add(t.flags() + " " + t.id() + " " + t.delta()));
      assertEquals(made(packed), lines);
    }
    try (MemoryView npy = Npy.map(make("aligned"))) {
      assertThrows(IllegalArgumentException.class, () -> PackedFlagsFirstView.array(npy));
    }
  }

  @Test
  void anAlignedViewReadsTheAlignedDtypeAndRefusesThePacked() {
    Path aligned = make("aligned");
    try (MemoryView npy = Npy.map(aligned);
         RecordArray<AlignedFlagsFirstView> ticks = AlignedFlagsFirstView.array(npy)) {
      assertEquals(12, npy.itemsize());
      List<String> lines = new ArrayList<>();
      ticks.forEach(t -> lines.add(t.flags() + " " + t.id() + " " + t.delta()));
      assertEquals(made(aligned), lines);
    }
    try (MemoryView npy = Npy.map(make("packed"))) {
      assertThrows(IllegalArgumentException.class, () -> AlignedFlagsFirstView.array(npy));
    }
  }

  /** Has NumPy make the file of the layout; keeps what it printed. */
  private Path make(String layout) {
    Path file = dir.resolve(layout + ".npy");
    printed.computeIfAbsent(file, f -> SharingScript.runCode(MAKE, f.toString(), layout));
    return file;
  }

  private List<String> made(Path file) {
    return printed.get(file);
  }
}
