package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.view.MemoryView;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** bytearray's resize lock: what changes size is refused while exported, what does not is allowed. */
class ByteArrayTest {

  @Test
  void resizingWhileExportedIsRefusedAndLosesNothing() {
    ByteArray array = new ByteArray(new byte[] {1, 2, 3});
    MemoryView view = MemoryView.of(array);
    MemoryView derived = view.slice(dev.structview.view.Slice.of(1L, null));
    assertEquals(1, array.exports()); // one envelope, however many views
    BufferException e = assertThrows(BufferException.class, () -> array.append(new byte[] {4}));
    assertEquals("Existing exports of data: object cannot be re-sized", e.getMessage());
    assertThrows(BufferException.class, () -> array.resize(5));
    assertThrows(BufferException.class, () -> array.resize(0));
    array.append(new byte[0]); // not a size change
    array.resize(3);
    array.set(0, (byte) 9); // same size: allowed, and visible through the view
    assertEquals(9, view.get(0));
    assertArrayEquals(new byte[] {9, 2, 3}, array.toByteArray());
    view.release();
    assertThrows(BufferException.class, () -> array.append(new byte[] {4}));
    derived.release();
    assertEquals(0, array.exports());
    array.append(new byte[] {4, 5});
    assertArrayEquals(new byte[] {9, 2, 3, 4, 5}, array.toByteArray());
  }

  @Test
  void twoIndependentViewsHoldTwoExports() {
    ByteArray array = new ByteArray(new byte[2]);
    MemoryView a = MemoryView.of(array);
    MemoryView b = MemoryView.of(array);
    assertEquals(2, array.exports());
    a.release();
    assertThrows(BufferException.class, () -> array.resize(1));
    b.release();
    array.resize(1);
    assertEquals(1, array.length());
  }

  @Test
  void resizeKeepsBytesAndZeroFills() {
    ByteArray array = new ByteArray(new byte[] {1, 2, 3, 4});
    array.resize(2);
    array.resize(4);
    assertArrayEquals(new byte[] {1, 2, 0, 0}, array.toByteArray());
    assertThrows(IllegalArgumentException.class, () -> array.resize(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(4));
    assertThrows(IllegalArgumentException.class, () -> array.append(null));
    BufferInfo unexported = BufferInfo.fillInfo(array, ByteBuffer.allocate(4), 0, 4, false, BufferFlags.SIMPLE);
    assertThrows(IllegalStateException.class, () -> array.releaseBuffer(unexported));
    assertThrows(IllegalArgumentException.class, () -> array.releaseBuffer(null));
  }
}
