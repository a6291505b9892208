package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BufferInfoTest {
  private static final ByteBuffer MEMORY = ByteBuffer.allocate(24);

  private static BufferInfo info(long offset, long itemsize, long[] shape, long[] strides) {
    long len = itemsize;
    for (long extent : shape) {
      len *= extent;
    }
    return new BufferInfo(MEMORY, offset, len, false, itemsize, "B", shape.length, shape, strides, null, null);
  }

  @Test
  void elementsMustStayInsideTheMemory() {
    info(0, 4, new long[] {2, 3}, new long[] {12, 4}); // exactly 24 bytes
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> info(4, 4, new long[] {2, 3}, new long[] {12, 4}));
    assertTrue(e.getMessage().contains("outside the memory [0, 24)"), e.getMessage());
    info(20, 4, new long[] {6}, new long[] {-4}); // reversed: bytes 0..24
    assertThrows(IllegalArgumentException.class, () -> info(16, 4, new long[] {6}, new long[] {-4}));
    info(0, 8, new long[] {1_000_000}, new long[] {0}); // broadcast: one element, many times
    info(24, 4, new long[] {0}, new long[] {4}); // empty at the end
    assertThrows(IllegalArgumentException.class, () -> info(25, 4, new long[] {0}, new long[] {4}));
  }

  @Test
  void hostileShapesAndStridesAreRefusedWithoutOverflow() {
    assertThrows(IllegalArgumentException.class,
        () -> info(0, 1, new long[] {Long.MAX_VALUE, 2}, new long[] {1, 1}));
    assertThrows(IllegalArgumentException.class,
        () -> new BufferInfo(MEMORY, 0, 8, false, 1, "B", 1, new long[] {8}, new long[] {Long.MAX_VALUE}, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new BufferInfo(MEMORY, Long.MAX_VALUE, 1, false, 1, "B", 1, null, null, null, null));
    long[] deep = new long[65];
    java.util.Arrays.fill(deep, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BufferInfo(MEMORY, 0, 1, false, 1, "B", 65, deep, null, null, null));
    assertTrue(e.getMessage().startsWith("number of dimensions must not exceed 64"), e.getMessage());
  }

  @Test
  void partsMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 5, false, 1, "B", 1, new long[] {4}, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 4, false, 1, "B", 2, new long[] {4}, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 4, false, 1, "B", 1, null, new long[] {1}, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 4, false, 0, "B", 1, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 6, false, 4, "i", 1, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(MEMORY, 0, 8, false, 4, "i", 0, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BufferInfo(null, 0, 0, false, 1, "B", 1, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new BufferInfo(MEMORY.asReadOnlyBuffer(), 0, 4, false, 1, "B", 1, null, null, null, null));
    new BufferInfo(MEMORY, 0, 4, false, 4, "i", 0, null, null, null, null); // a scalar
  }

  @Test
  void arraysAreCopiedInAndOut() {
    long[] shape = {2, 3};
    BufferInfo info = info(0, 4, shape, null);
    shape[0] = 99;
    assertArrayEquals(new long[] {2, 3}, info.shape());
    assertNotSame(info.shape(), info.shape());
    info.shape()[0] = 7;
    assertEquals(2, info.shape()[0]);
    assertArrayEquals(new long[] {12, 4}, info.effectiveStrides());
    assertEquals(info, info(0, 4, new long[] {2, 3}, null));
  }

  @Test
  void contiguityFollowsPyBufferIsContiguous() {
    BufferInfo c = info(0, 4, new long[] {2, 3}, new long[] {12, 4});
    BufferInfo f = info(0, 4, new long[] {2, 3}, new long[] {4, 8});
    BufferInfo neither = info(0, 4, new long[] {2, 2}, new long[] {12, 4});
    assertTrue(c.isContiguous('C') && !c.isContiguous('F') && c.isContiguous('A'));
    assertTrue(!f.isContiguous('C') && f.isContiguous('F') && f.isContiguous('A'));
    assertFalse(neither.isContiguous('A'));
    assertTrue(info(0, 4, new long[] {1, 3}, new long[] {100, 4}).isContiguous('F')); // extent 1: any stride
    assertTrue(info(0, 4, new long[] {0, 3}, new long[] {-7, 5}).isContiguous('C')); // empty
    assertThrows(IllegalArgumentException.class, () -> c.isContiguous('X'));
  }

  @Test
  void fillInfoIsPyBufferFillInfo() {
    ByteBuffer memory = ByteBuffer.allocate(6);
    BufferInfo simple = BufferInfo.fillInfo("owner", memory, 0, 6, false, BufferFlags.SIMPLE);
    assertEquals(null, simple.format());
    assertEquals(null, simple.shape());
    assertArrayEquals(new long[] {6}, simple.effectiveShape());
    BufferInfo full = BufferInfo.fillInfo("owner", memory, 0, 6, false, BufferFlags.FULL);
    assertEquals("B", full.format());
    assertArrayEquals(new long[] {1}, full.strides());
    BufferInfo formatOnly = BufferInfo.fillInfo("owner", memory, 0, 6, true, BufferFlags.FORMAT);
    assertEquals("B", formatOnly.format()); // bytes accepts FORMAT without ND; a view does not
    BufferException e = assertThrows(BufferException.class,
        () -> BufferInfo.fillInfo("owner", memory, 0, 6, true, BufferFlags.WRITABLE));
    assertEquals("Object is not writable.", e.getMessage());
  }

  @Test
  void checkNamesTheBrokenPromise() {
    BufferInfo f = info(0, 4, new long[] {2, 3}, new long[] {4, 8});
    BufferFlags.check(BufferFlags.STRIDES, f);
    BufferFlags.check(BufferFlags.F_CONTIGUOUS, f);
    BufferException e = assertThrows(BufferException.class, () -> BufferFlags.check(BufferFlags.C_CONTIGUOUS, f));
    assertTrue(e.getMessage().contains("non-C-contiguous memory for a C_CONTIGUOUS request"), e.getMessage());
    assertThrows(BufferException.class, () -> BufferFlags.check(BufferFlags.ND, f));
  }
}
