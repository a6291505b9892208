package dev.structview.samples.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.npy.Npy;
import dev.structview.npy.NpyFormatException;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's NumPy sharing example, run: Python ({@code npy_sharing.py}, NumPy's
 * {@code open_memmap}) makes and reads the file, Java ({@link NpySharing}) maps and updates it, and
 * each side's values are checked against what the other printed.
 */
class NpySharingTest {
  @TempDir
  Path dir;

  @BeforeAll
  static void numpy() {
    assumeTrue(SharingScript.available(), SharingScript.MISSING);
  }

  /** The README's three commands, for NumPy's packed dtype and its aligned one. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void javaReadsWhatPythonMadeAndPythonSeesWhatJavaWrote(boolean aligned) {
    Path file = dir.resolve("ticks.npy");
    List<String> made = aligned ? SharingScript.run("create", file, "--aligned") : SharingScript.run("create", file);
    List<String> printed = runJava(file);
    assertEquals(file + ": 5 ticks of format " + (aligned ? "T{I:id:h:delta:B:flags:}, 8" : "T{=I:id:h:delta:B:flags:}, 7")
        + " bytes each", printed.get(0));
    assertEquals(made, printed.subList(1, 6));
    List<String> marked = seen(made);
    assertEquals(marked, printed.subList(7, 12));
    assertEquals(marked, SharingScript.run("show", file));
  }

  /** Both sides keep the file mapped: each sees the other's writes without opening it again. */
  @Test
  void bothSidesSeeEachOthersWritesWhileBothHaveItMapped() {
    Path file = dir.resolve("ticks.npy");
    List<String> made = SharingScript.run("create", file);
    try (SharingScript python = SharingScript.serve(file);
         MemoryView npy = Npy.map(file, FileChannel.MapMode.READ_WRITE);
         RecordArray<TickView> ticks = TickView.array(npy)) {
      assertEquals(made, NpySharing.lines(ticks));
      NpySharing.markSeen(ticks);
      assertEquals(seen(made), python.send("show"));       // Java's write, through Python's mapping
      assertEquals(List.of(), python.send("bump"));
      List<String> bumped = python.send("show");
      assertNotEquals(seen(made), bumped);
      assertEquals(bumped, NpySharing.lines(ticks));        // Python's write, through Java's mapping
    }
  }

  /** A dtype whose offsets are not the view's is refused, with both layouts field by field. */
  @Test
  void aDtypeWithOtherOffsetsIsRefusedShowingBothLayouts() {
    Path file = dir.resolve("flags-first.npy");
    SharingScript.runCode("import numpy as np\n"
        + "from numpy.lib.format import open_memmap\n"
        + "dtype = np.dtype([('flags', 'u1'), ('id', '<u4'), ('delta', '<i2')], align=True)\n"
        + "open_memmap(r'" + file + "', mode='w+', dtype=dtype, shape=(5,)).flush()\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runJava(file));
    assertEquals("""
        cannot view 'T{B:flags:xxxI:id:h:delta:}' items of 12 bytes as '<I:id:h:delta:B:flags:' records of 7 bytes: \
        the formats differ
          exported: 0 flags:B, 1 pad 3, 4 id:<I, 8 delta:<h (12 bytes)
          record:   0 id:<I, 4 delta:<h, 6 flags:B (7 bytes)""", e.getMessage());
  }

  /** What NumPy will not export, Npy will not map: an object array's pickles are never read. */
  @Test
  void anObjectArrayIsRefusedNamingTheFile() {
    Path file = dir.resolve("objects.npy");
    SharingScript.runCode("import numpy as np\nnp.save(r'" + file + "', np.array([1, 'a'], dtype=object))\n");
    NpyFormatException e = assertThrows(NpyFormatException.class, () -> runJava(file));
    assertEquals(file + ": dtype |O holds Python objects, stored pickled; object arrays are never read"
        + " (nothing is unpickled)", e.getMessage());
  }

  /** Each line Python printed, {@code "id delta flags"}, with {@link NpySharing#SEEN} set in the flags. */
  private static List<String> seen(List<String> lines) {
    return lines.stream().map(line -> {
      String[] f = line.split(" ");
      return f[0] + " " + f[1] + " " + (Integer.parseInt(f[2]) | NpySharing.SEEN);
    }).toList();
  }

  private static List<String> runJava(Path file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      NpySharing.run(file, out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
