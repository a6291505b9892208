package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.nio.ReadOnlyBufferException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map modes as NumPy's {@code mmap_mode}: "r" refuses writes, "r+" writes through, "c" copies on write. */
class NpyMapModeTest {
  @TempDir
  Path dir;

  private Path copy(String fixture) throws IOException {
    Path file = dir.resolve(fixture);
    Files.copy(NpyFixturesTest.fixtures().resolve(fixture), file);
    return file;
  }

  @Test
  void readWriteWritesThroughAndReadOnlyRefuses() throws IOException {
    Path file = copy("scalar_le_i4.npy");
    long at = Npy.header(file).dataOffset() + 4;
    try (MemoryView v = Npy.map(file)) {
      assertTrue(v.readonly());
      assertThrows(ReadOnlyBufferException.class, () -> v.set(7, 1));
      NpyExporter e = (NpyExporter) v.obj();
      assertEquals("buffer source array is read-only",
          assertThrows(BufferException.class, () -> e.getBuffer(BufferFlags.WRITABLE)).getMessage());
    }
    try (MemoryView v = Npy.map(file, FileChannel.MapMode.READ_WRITE)) {
      assertFalse(v.readonly());
      v.set(0x01020304, 1);
    }
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {4, 3, 2, 1}, java.util.Arrays.copyOfRange(bytes, (int) at, (int) at + 4));
  }

  /**
   * A descriptor released twice is refused, and the mapping stays open for the other consumer's
   * export (counted, the second release closed it under that export).
   */
  @Test
  void aSecondReleaseOfOneExportIsRefusedAndClosesNothing() throws IOException {
    Path file = copy("scalar_le_i4.npy");
    MemoryView v = Npy.map(file);
    NpyExporter e = (NpyExporter) v.obj();
    BufferInfo first = e.getBuffer(BufferFlags.FULL_RO);
    BufferInfo second = e.getBuffer(BufferFlags.FULL_RO);
    e.releaseBuffer(first);
    assertThrows(IllegalStateException.class, () -> e.releaseBuffer(first));
    v.release(); // the view's own export goes; the second keeps the mapping
    assertFalse(second.region().isClosed());
    e.releaseBuffer(second);
    assertTrue(second.region().isClosed());
  }

  @Test
  void privateCopiesOnWrite() throws IOException {
    Path file = copy("scalar_le_i4.npy");
    byte[] before = Files.readAllBytes(file);
    try (MemoryView v = Npy.map(file, FileChannel.MapMode.PRIVATE)) {
      v.set(99, 0);
      assertEquals(99, v.get(0));
    }
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void fortranDataRefusesCContiguousRequestsAsNumPyDoes() throws IOException {
    try (MemoryView v = Npy.map(NpyFixturesTest.fixtures().resolve("fortran_2x3_f8.npy"))) {
      NpyExporter e = (NpyExporter) v.obj();
      assertEquals("ndarray is not C-contiguous",
          assertThrows(BufferException.class, () -> e.getBuffer(BufferFlags.C_CONTIGUOUS)).getMessage());
      assertEquals("ndarray is not C-contiguous",
          assertThrows(BufferException.class, () -> e.getBuffer(BufferFlags.ND)).getMessage());
      e.releaseBuffer(e.getBuffer(BufferFlags.F_CONTIGUOUS));
    }
  }
}
