package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.buffer.Memory;
import dev.structview.testing.ChildJvm;
import dev.structview.testing.SparseFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slice assignments larger than the heap, over mappings, as CPython's {@code m[0:n] = m[n:]} over an
 * {@code mmap}: they copy through a bounded buffer (they were read into one array first, and failed
 * with "cannot allocate" where the heap was smaller, or "does not fit a Java array" past 2 GiB).
 * Shown in a child JVM with a 32 MiB heap over files of 96 MiB, mostly holes; and the one copy that
 * still needs an array, between memories over direct buffers, refused as documented.
 */
class LargeSliceAssignmentTest {
  private static final long HALF = 48L << 20;
  /** Where the markers lie in the second half, and so, after the copy, in the first. */
  private static final long[] MARKS = {0, 1, 65_535, 65_536, 1 << 20, HALF - 1};

  /** Runs in the child JVM: prints the markers found after each assignment. */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Path file = SparseFile.create(dir.resolve("one.bin"), 2 * HALF);
    Path other = SparseFile.create(dir.resolve("other.bin"), 2 * HALF);
    for (int k = 0; k < MARKS.length; k++) {
      SparseFile.write(file, HALF + MARKS[k], new byte[] {(byte) (k + 1)});
      SparseFile.write(other, MARKS[k], new byte[] {(byte) (k + 11)});
    }
    try (MemoryView m = MemoryView.map(file, FileChannel.MapMode.READ_WRITE);
        MemoryView o = MemoryView.map(other, FileChannel.MapMode.READ_ONLY)) {
      // Contiguous, within one mapping: m[0:HALF] = m[HALF:].
      m.setSlice(Slice.of(0L, HALF), m.slice(Slice.of(HALF, null)));
      System.out.println("contiguous " + marks(m, 0, 1));
      // Strided, from another mapping: m[1::2] = o[0:HALF:... every other byte].
      m.setSlice(Slice.of(1L, null, 2L), o.slice(Slice.of(0L, null, 2L)));
      System.out.println("strided " + marks(m, 1, 2));
    }
    // Memory over direct buffers cannot be told apart, so their copy reads the whole source first:
    // too large for this heap, a documented refusal.
    ByteBuffer direct = ByteBuffer.allocateDirect((int) HALF);
    try {
      Memory.copy(Memory.of(direct), 0, Memory.of(direct.duplicate()), 1, HALF - 1);
      System.out.println("direct copied");
    } catch (IllegalArgumentException e) {
      System.out.println("direct " + e.getMessage());
    }
  }

  /** The bytes at {@code origin + MARKS[k] * step} for every even mark (odd ones fall between strided items). */
  private static String marks(MemoryView m, long origin, long step) {
    StringBuilder out = new StringBuilder();
    for (long mark : MARKS) {
      if (step == 1 || mark % 2 == 0) {
        out.append(m.get(origin + mark / step * step)).append(' ');
      }
    }
    return out.toString().trim();
  }

  @Test
  void assignmentsLargerThanTheHeapCopyThroughABoundedBuffer(@TempDir Path dir) throws Exception {
    ChildJvm child = ChildJvm.run(LargeSliceAssignmentTest.class, List.of("-Xmx32m", "-XX:MaxDirectMemorySize=64m"), dir.toString());
    assertEquals(0, child.exitValue(), child.report());
    // The second half's markers, then the other file's even-placed ones, in the odd bytes.
    assertEquals("contiguous 1 2 3 4 5 6\nstrided 11 14 15\ndirect cannot allocate 50331647 bytes to copy"
        + " between memories that may share them: Java heap space\n", child.output());
  }
}
