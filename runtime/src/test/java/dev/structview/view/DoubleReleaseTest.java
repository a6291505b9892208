package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.alloc.Block;
import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.ByteArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exporter of the runtime that counts its exports refuses a second release of one
 * descriptor, and the refusal ends no other consumer's export. With a counter, the second release
 * ended the other export: a bytearray resized under a live view (the view's writes were lost), a
 * view was released, and its mapping unmapped, under a live descriptor (a crash on JDK 17). CPython
 * ignores the second release ({@code PyBuffer_Release} clears the buffer's {@code obj}); what it
 * guards stays refused there too:
 *
 * <pre>
 * x = memoryview(ba); v = memoryview(ba); x.release(); x.release(); ba.append(9)
 *     # BufferError: Existing exports of data: object cannot be re-sized
 * a = m.__buffer__(0); b = m.__buffer__(0); a.release(); a.release(); m.release()
 *     # BufferError: memoryview has 1 exported buffer
 * </pre>
 */
class DoubleReleaseTest {
  @TempDir
  Path dir;

  @Test
  void aByteArrayStaysLockedWhileAnotherExportLives() {
    ByteArray array = new ByteArray(new byte[4]);
    BufferInfo first = array.getBuffer(BufferFlags.SIMPLE);
    BufferInfo second = array.getBuffer(BufferFlags.SIMPLE);
    array.releaseBuffer(first);
    refusedAsReleased(array, first, "this bytearray");
    assertEquals(1, array.exports());
    assertEquals("Existing exports of data: object cannot be re-sized",
        assertThrows(BufferException.class, () -> array.append(new byte[] {9})).getMessage());
    array.releaseBuffer(second);
    array.append(new byte[] {9});
    assertEquals(5, array.length());
  }

  @Test
  void aViewOverAByteArrayKeepsItsWrites() {
    ByteArray array = new ByteArray(new byte[4]);
    try (MemoryView view = MemoryView.of(array)) {
      BufferInfo info = array.getBuffer(BufferFlags.SIMPLE);
      array.releaseBuffer(info);
      assertThrows(IllegalStateException.class, () -> array.releaseBuffer(info));
      assertThrows(BufferException.class, () -> array.append(new byte[] {9}));
      view.set(7, 0);
      assertEquals(7, array.get(0));
    }
  }

  @Test
  void aViewStaysUnreleasableWhileAnotherExportLives() {
    MemoryView view = MemoryView.of(new byte[] {1, 2, 3});
    BufferInfo first = view.getBuffer(BufferFlags.FULL_RO);
    BufferInfo second = view.getBuffer(BufferFlags.FULL_RO);
    view.releaseBuffer(first);
    refusedAsReleased(view, first, "this memoryview");
    assertEquals("memoryview has 1 exported buffer",
        assertThrows(BufferException.class, view::release).getMessage());
    assertEquals(2, view.get(1));
    view.releaseBuffer(second);
    view.release();
    assertThrows(IllegalStateException.class, () -> view.get(1));
  }

  @Test
  void aMappingStaysMappedWhileAnotherExportLives() throws IOException {
    Path file = Files.write(dir.resolve("bytes.bin"), new byte[] {5, 6, 7, 8});
    MemoryView view = MemoryView.map(file);
    BufferInfo first = view.getBuffer(BufferFlags.FULL_RO);
    BufferInfo second = view.getBuffer(BufferFlags.FULL_RO);
    view.releaseBuffer(first);
    refusedAsReleased(view, first, "this memoryview");
    assertThrows(BufferException.class, view::release);
    assertEquals(8, second.region().getByte(3));
    view.releaseBuffer(second);
    view.release();

    // The mapping's own exporter, as a consumer that asks it directly sees it.
    MemoryView again = MemoryView.map(file);
    BufferExporter mapping = again.managedBuffer().exporter();
    BufferInfo direct = mapping.getBuffer(BufferFlags.SIMPLE);
    BufferInfo other = mapping.getBuffer(BufferFlags.SIMPLE);
    mapping.releaseBuffer(direct);
    refusedAsReleased(mapping, direct, "this mapping");
    again.release(); // the view's export goes; the other consumer's keeps the mapping
    assertFalse(other.region().isClosed());
    byte[] read = new byte[4];
    other.region().copyTo(0, read, 0, 4);
    assertArrayEquals(new byte[] {5, 6, 7, 8}, read);
    mapping.releaseBuffer(other);
    assertTrue(other.region().isClosed());
  }

  @Test
  void aBlockStaysUnfreeableWhileAnotherExportLives() {
    try (BufferAllocator allocator = BufferAllocator.heap()) {
      Block block = allocator.allocate(8);
      BufferInfo first = block.getBuffer(BufferFlags.SIMPLE);
      BufferInfo second = block.getBuffer(BufferFlags.SIMPLE);
      block.releaseBuffer(first);
      refusedAsReleased(block, first, "block #" + block.id());
      assertEquals(1, block.exports());
      assertThrows(BufferException.class, () -> allocator.free(block));
      block.releaseBuffer(second);
      allocator.free(block);
    }
  }

  private static void refusedAsReleased(BufferExporter exporter, BufferInfo info, String name) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> exporter.releaseBuffer(info));
    assertEquals("releaseBuffer of a buffer that is not a live export of " + name
        + ": released already, or never exported by it", e.getMessage());
  }
}
