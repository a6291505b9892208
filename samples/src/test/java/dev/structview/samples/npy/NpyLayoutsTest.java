package dev.structview.samples.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.npy.Npy;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    readsItsLayoutAndRefusesTheOther("packed", "aligned", npy -> PackedFlagsFirstView.array(npy),
        t -> t.flags() + " " + t.id() + " " + t.delta());
  }

  @Test
  void anAlignedViewReadsTheAlignedDtypeAndRefusesThePacked() {
    readsItsLayoutAndRefusesTheOther("aligned", "packed", npy -> AlignedFlagsFirstView.array(npy),
        t -> t.flags() + " " + t.id() + " " + t.delta());
  }

  /** Reads NumPy's file of {@code layout} through the view as NumPy printed it; refuses the {@code other}. */
  private <V> void readsItsLayoutAndRefusesTheOther(String layout, String other,
      Function<MemoryView, RecordArray<V>> array, Function<V, String> line) {
    Path file = make(layout);
    try (MemoryView npy = Npy.map(file); RecordArray<V> ticks = array.apply(npy)) {
      List<String> lines = new ArrayList<>();
      ticks.forEach(t -> lines.add(line.apply(t)));
      assertEquals(made(file), lines);
    }
    try (MemoryView npy = Npy.map(make(other))) {
      assertThrows(IllegalArgumentException.class, () -> array.apply(npy));
    }
  }

  /**
   * NumPy writes an aligned int64 as the native {@code l}: a view declaring it {@code l} or
   * {@code <q} reads it (one kind, one size, one byte order on this machine); {@code <Q} does not.
   */
  @Test
  void int64IsReadAsNumPysNativeLAndAsQ() {
    Path file = dir.resolve("int64.npy");
    List<String> made = SharingScript.runCode("""
        import sys
        import numpy as np
        a = np.array([(-2**62, 0.5), (2**63 - 1, -1e300)], dtype=[('t', '<i8'), ('v', '<f8')])
        np.save(sys.argv[1], a)
        for r in a:
            print(int(r['t']), repr(float(r['v'])))
        """, file.toString());
    try (MemoryView npy = Npy.map(file); RecordArray<NativeLongView> rows = NativeLongView.array(npy)) {
      assertEquals("T{l:t:d:v:}", npy.format());
      assertEquals(made.size(), rows.length());
      for (int i = 0; i < made.size(); i++) {
        String[] f = made.get(i).split(" ");
        assertEquals(Long.parseLong(f[0]), rows.get(i).t());
        assertEquals(Double.parseDouble(f[1]), rows.get(i).v());
      }
    }
    try (MemoryView npy = Npy.map(file); RecordArray<StandardLongView> rows = StandardLongView.array(npy)) {
      for (int i = 0; i < made.size(); i++) {
        String[] f = made.get(i).split(" ");
        assertEquals(Long.parseLong(f[0]), rows.get(i).t());
        assertEquals(Double.parseDouble(f[1]), rows.get(i).v());
      }
      assertThrows(IllegalArgumentException.class, () -> UnsignedLongView.array(npy));
    }
  }

  /**
   * A packed array of one record is exported with native alignment, {@code T{I:id:h:delta:B:flags:}},
   * whose struct is 8 bytes over 7-byte items: NumPy cannot read that memoryview back, and the view
   * refuses it.
   */
  @Test
  void aPackedArrayOfOneRecordIsRefusedAsNumPyRefusesItsOwnExport() {
    Path file = dir.resolve("one.npy");
    List<String> numpy = SharingScript.runCode("""
        import sys
        import numpy as np
        a = np.zeros(1, dtype=[('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')])
        np.save(sys.argv[1], a)
        m = np.load(sys.argv[1], mmap_mode='r')
        print(memoryview(m).format)
        try:
            np.asarray(memoryview(m))
        except RuntimeError as e:
            print('refused')
        """, file.toString());
    assertEquals(List.of("T{I:id:h:delta:B:flags:}", "refused"), numpy);
    try (MemoryView npy = Npy.map(file)) {
      assertEquals(numpy.get(0), npy.format());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TickView.array(npy));
      assertTrue(e.getMessage().contains("(7-byte items, shorter than the format's 8 bytes)"), e.getMessage());
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
