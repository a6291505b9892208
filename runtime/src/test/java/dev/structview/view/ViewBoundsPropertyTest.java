package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No chain of slices, casts and read-only conversions lets a view read or write a byte outside the
 * region its exporter lent, and no chain starting from a read-only export can write at all.
 *
 * <p>Each round lends bytes [16, 16 + n) of a larger array whose other bytes are guards; random
 * chains then read, write, copy and re-export through every view made.
 */
class ViewBoundsPropertyTest {
  private static final int LEAD = 16;
  private static final byte GUARD = (byte) 0xA5;
  private static final String[] FORMATS = {"B", "b", "c", "h", "H", "i", "I", "l", "q", "Q", "f", "d", "e", "?"};

  @Test
  void randomChainsStayInsideTheExportedRegion() {
    Random random = new Random(7);
    for (int round = 0; round < 400; round++) {
      int n = 8 * (1 + random.nextInt(8));
      byte[] whole = new byte[LEAD + n + LEAD];
      Arrays.fill(whole, GUARD);
      for (int i = 0; i < n; i++) {
        whole[LEAD + i] = (byte) random.nextInt(256);
      }
      boolean readOnly = random.nextBoolean();
      // The whole array is the memory and the region an offset into it, so that a stray index
      // would reach a guard byte instead of being stopped by a buffer's limit.
      ByteBuffer memory = readOnly ? ByteBuffer.wrap(whole).asReadOnlyBuffer() : ByteBuffer.wrap(whole);
      BufferExporter exporter = flags -> BufferInfo.fillInfo(whole, memory, LEAD, n, readOnly, flags);
      byte[] before = whole.clone();
      chain(random, MemoryView.of(exporter), whole, readOnly, before);
      for (int i = 0; i < LEAD; i++) {
        assertEquals(GUARD, whole[i], "guard byte " + i + " before the region, round " + round);
        assertEquals(GUARD, whole[LEAD + n + i], "guard byte " + i + " after the region, round " + round);
      }
      if (readOnly) {
        assertArrayEquals(before, whole, "a read-only export was written, round " + round);
      }
    }
  }

  private static void chain(Random random, MemoryView root, byte[] whole, boolean readOnly, byte[] before) {
    List<MemoryView> views = new ArrayList<>(List.of(root));
    for (int step = 0; step < 30; step++) {
      MemoryView v = views.get(random.nextInt(views.size()));
      try {
        MemoryView derived = act(random, v, readOnly);
        if (derived != null) {
          views.add(derived);
        }
      } catch (ReadOnlyBufferException e) {
        assertTrue(v.readonly(), "ReadOnlyBufferException from a writable view");
      } catch (IndexOutOfBoundsException e) {
        assertTrue(String.valueOf(e.getMessage()).startsWith("index out of bounds on dimension"),
            "an index error not from the view's own check: " + e);
      } catch (IllegalArgumentException | UnsupportedOperationException | BufferException expected) {
        // refusals with CPython's reasons; the vectors check which ones
      } catch (RuntimeException e) {
        fail("undocumented exception from " + v + ": " + e);
      }
      if (readOnly && !Arrays.equals(before, whole)) {
        fail("a view of a read-only export wrote a byte: " + v);
      }
    }
    views.forEach(MemoryView::release);
  }

  /** One random operation; returns a derived view, if it made one. */
  private static MemoryView act(Random random, MemoryView v, boolean readOnly) {
    long length = v.ndim() == 0 ? 1 : v.shape()[0];
    switch (random.nextInt(9)) {
      case 0:
        return v.slice(Slice.of(bound(random, length), bound(random, length), step(random)));
      case 1:
        return v.cast(FORMATS[random.nextInt(FORMATS.length)]);
      case 2:
        long items = v.nbytes();
        return v.cast("B").cast("B", items == 0 ? new long[] {1} : new long[] {items});
      case 3:
        return v.toReadOnly();
      case 4:
        v.toList();
        v.toBytes(random.nextBoolean() ? 'C' : 'F');
        v.hex();
        return null;
      case 5:
        v.set(random.nextInt(3) - 1, index(random, v));
        return null;
      case 6:
        v.setSlice(Slice.of(bound(random, length), bound(random, length), step(random)), v.slice(Slice.ALL));
        return null;
      case 7:
        checkExport(v, readOnly);
        return null;
      default:
        return MemoryView.of(v);
    }
  }

  /** An export of any view describes only bytes of the lent region. */
  private static void checkExport(MemoryView v, boolean readOnly) {
    BufferInfo info = v.getBuffer(BufferFlags.FULL_RO);
    try {
      long low = info.offset();
      long high = info.offset() + info.itemsize();
      long[] shape = info.effectiveShape();
      long[] strides = info.effectiveStrides();
      for (int d = 0; d < shape.length && info.len() > 0; d++) {
        long span = strides[d] * (shape[d] - 1);
        low += Math.min(0, span);
        high += Math.max(0, span);
      }
      assertTrue(info.len() == 0 || (low >= 0 && high <= info.memory().limit()), "export reaches outside: " + info);
      assertTrue(!readOnly || info.readonly(), "an export of a read-only region claims to be writable");
    } finally {
      v.releaseBuffer(info);
    }
  }

  private static long[] index(Random random, MemoryView v) {
    long[] shape = v.shape();
    long[] index = new long[shape.length];
    for (int d = 0; d < index.length; d++) {
      index[d] = shape[d] == 0 ? 0 : random.nextInt((int) Math.min(shape[d] * 2, 1000)) - shape[d];
    }
    return index;
  }

  private static Long bound(Random random, long length) {
    int r = random.nextInt(6);
    return r == 0 ? null : Long.valueOf(random.nextInt((int) (length * 2 + 3)) - length - 1);
  }

  private static Long step(Random random) {
    int r = random.nextInt(5);
    return r == 0 ? null : Long.valueOf(random.nextBoolean() ? r : -r);
  }
}
