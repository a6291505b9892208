package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Exports are told apart by identity, one at a time or several at once, and each goes back once. */
class LiveExportsTest {
  private static BufferInfo info() {
    // Two of these describe the same bytes with the same parts: only identity tells them apart.
    return BufferInfo.fillInfo(null, ByteBuffer.allocate(4), 0, 4, false, BufferFlags.FULL_RO);
  }

  @Test
  void oneAtATimeGoesBackOnce() {
    LiveExports exports = new LiveExports();
    BufferInfo a = info();
    exports.add(a);
    assertEquals(1, exports.count());
    assertThrows(IllegalStateException.class, () -> exports.remove(info(), "x")); // equal, not the same
    exports.remove(a, "x");
    assertEquals(0, exports.count());
    assertThrows(IllegalStateException.class, () -> exports.remove(a, "x"));
    exports.add(a);
    assertEquals(1, exports.count());
  }

  @Test
  void severalAtOnceGoBackOnceEach() {
    LiveExports exports = new LiveExports();
    BufferInfo a = info();
    BufferInfo b = info();
    BufferInfo c = info();
    exports.add(a);
    exports.add(b);
    exports.add(c);
    assertEquals(3, exports.count());
    exports.remove(b, "x");
    assertEquals("releaseBuffer of a buffer that is not a live export of x: released already, or never exported by it",
        assertThrows(IllegalStateException.class, () -> exports.remove(b, "x")).getMessage());
    assertEquals(2, exports.count());
    exports.remove(a, "x");
    exports.remove(c, "x");
    assertEquals(0, exports.count());
    assertThrows(IllegalStateException.class, () -> exports.remove(a, "x"));
  }
}
