package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.format.Struct;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * MemoryView behaviour the CPython vectors cannot show: what goes beyond CPython, Java's equality
 * and hash contracts, and lifetimes.
 */
class MemoryViewTest {

  /** An exporter of records with a struct format, as NumPy exports structured arrays. */
  static BufferExporter records(String format, byte[] data, long count) {
    long itemsize = Struct.calcsize(format);
    return flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, false, itemsize,
        BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null, 1, new long[] {count},
        new long[] {itemsize}, null, data);
  }

  @Test
  void itemsOfAnyStructFormatBeyondCPython() {
    Struct tick = Struct.of("<ih");
    byte[] data = new byte[12];
    tick.packInto(data, 0, 1, -2);
    tick.packInto(data, 6, 70000, 5);
    try (MemoryView view = MemoryView.of(records("<ih", data, 2))) {
      assertEquals(List.of(1, (short) -2), view.get(0));
      assertEquals(List.of(List.of(1, (short) -2), List.of(70000, (short) 5)), view.toList());
      view.set(List.of(-7, (short) 9), 1);
      assertEquals(List.of(-7, (short) 9), tick.unpackFrom(data, 6));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.set(List.of(1, 99999), 0));
      assertTrue(e.getMessage().startsWith("memoryview: invalid value for format '<ih'"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> view.set(5, 0));
    }
    byte[] one = Struct.of(">i").pack(-3);
    try (MemoryView single = MemoryView.of(records(">i", one, 1))) {
      assertEquals(-3, single.get(0)); // one value per element: the value itself
    }
  }

  @Test
  void unparseableFormatsAreUnsupportedWhereCPythonSaysSo() {
    byte[] data = new byte[8];
    BufferExporter odd = flags -> new BufferInfo(ByteBuffer.wrap(data), 0, 8, false, 8, "T{<d:x:}", 1,
        new long[] {1}, new long[] {8}, null, data);
    try (MemoryView view = MemoryView.of(odd)) {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> view.get(0));
      assertEquals("memoryview: unsupported format T{<d:x:}", e.getMessage());
      assertEquals(8, view.cast("B").nbytes()); // bytes casts work, as in CPython
      assertFalse(view.equals(MemoryView.of(odd)));
      assertTrue(view.equals(view));
    }
  }

  @Test
  void multiDimensionalSlicingBeyondCPython() {
    MemoryView grid = MemoryView.of(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).cast("B", 3, 4);
    MemoryView corner = grid.slice(Slice.of(1L, null), Slice.of(null, null, -2L));
    assertArrayEquals(new long[] {2, 2}, corner.shape());
    assertArrayEquals(new long[] {4, -2}, corner.strides());
    assertEquals(List.of(List.of(7, 5), List.of(11, 9)), corner.toList());
    assertEquals(grid.slice(Slice.of(1L, null)).toList(), grid.slice(new Slice[] {Slice.of(1L, null)}).toList());
    assertThrows(IllegalArgumentException.class, () -> grid.slice(Slice.ALL, Slice.ALL, Slice.ALL));
  }

  @Test
  void equalityIsByValueAcrossFormatsAndHashesAgree() {
    ByteBuffer ints = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder()).putInt(1).putInt(2).putInt(3);
    ByteBuffer doubles = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder()).putDouble(1).putDouble(2).putDouble(3);
    MemoryView i = MemoryView.of(ints.array()).cast("i");
    MemoryView d = MemoryView.of(doubles.array()).cast("d");
    MemoryView b = MemoryView.of(new byte[] {1, 2, 3});
    MemoryView bools = MemoryView.of(new byte[] {1, 0, 1}).cast("?");
    MemoryView ones = MemoryView.of(new byte[] {1, 0, 1});
    assertEquals(i, d);
    assertEquals(d, b);
    assertEquals(i.hashCode(), d.hashCode());
    assertEquals(d.hashCode(), b.hashCode());
    assertEquals(bools, ones); // True == 1
    assertEquals(bools.hashCode(), ones.hashCode());
    assertFalse(i.equals(MemoryView.of(new byte[] {1, 2, 4})));
    assertFalse(i.equals(new byte[] {1, 2, 3})); // only views equal views
  }

  @Test
  void aViewWithNaNEqualsItselfButNoOtherView() {
    byte[] nan = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putDouble(Double.NaN).array();
    MemoryView a = MemoryView.of(nan).cast("d");
    MemoryView b = MemoryView.of(nan).cast("d");
    assertTrue(a.equals(a));
    assertFalse(a.equals(b));
  }

  @Test
  void unsignedValuesCompareByMathematicalValue() {
    byte[] max = new byte[8];
    java.util.Arrays.fill(max, (byte) -1);
    MemoryView unsigned = MemoryView.of(max).cast("Q");
    MemoryView signed = MemoryView.of(max.clone()).cast("q");
    assertEquals(new BigInteger("18446744073709551615"), unsigned.get(0));
    assertFalse(unsigned.equals(signed)); // 2**64-1 != -1
  }

  @Test
  void hashOfAWritableViewFollowsItsContentsAndSurvivesRelease() {
    byte[] data = {1, 2};
    MemoryView view = MemoryView.of(data);
    assertEquals(MemoryView.of(new byte[] {1, 2}).hashCode(), view.hashCode());
    data[0] = 9;
    int after = view.hashCode();
    assertEquals(MemoryView.of(new byte[] {9, 2}).hashCode(), after); // follows the contents
    view.release();
    assertEquals(after, view.hashCode());
    MemoryView never = MemoryView.of(new byte[1]);
    never.release();
    assertThrows(IllegalStateException.class, never::hashCode);
  }

  @Test
  void aReleasedViewRefusesEverythingButTheDocumentedFew() {
    MemoryView view = MemoryView.of(new byte[4]);
    MemoryView readOnly = view.toReadOnly();
    int hash = readOnly.hashCode();
    readOnly.release();
    assertEquals(hash, readOnly.hashCode()); // computed before release: still answered
    view.release();
    List<Consumer<MemoryView>> refused = List.of(MemoryView::format, MemoryView::itemsize, MemoryView::ndim,
        MemoryView::shape, MemoryView::strides, MemoryView::suboffsets, MemoryView::nbytes, MemoryView::readonly,
        MemoryView::isCContiguous, MemoryView::isFContiguous, MemoryView::isContiguous, MemoryView::obj,
        MemoryView::length, v -> v.get(0), v -> v.set(1, 0), v -> v.slice(Slice.ALL), v -> v.cast("B"),
        v -> v.cast("B", 4), MemoryView::toList, MemoryView::toBytes, v -> v.toBytes('F'), MemoryView::hex,
        v -> v.hex(":", 1), MemoryView::toReadOnly, v -> v.getBuffer(BufferFlags.SIMPLE),
        v -> v.setSlice(Slice.ALL, new byte[4]), MemoryView::of, MemoryView::managedBuffer);
    for (Consumer<MemoryView> operation : refused) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> operation.accept(view));
      assertEquals("operation forbidden on released memoryview object", e.getMessage());
    }
    view.release();
    view.close();
    assertEquals("MemoryView[released]", view.toString());
    assertTrue(view.equals(view));
    assertFalse(view.equals(MemoryView.of(new byte[4])));
  }

  @Test
  void writesThroughReadOnlyViewsAreRefused() {
    byte[] data = {1, 2, 3, 4};
    MemoryView readOnly = MemoryView.of(data).toReadOnly();
    assertThrows(ReadOnlyBufferException.class, () -> readOnly.set(9, 0));
    assertThrows(ReadOnlyBufferException.class, () -> readOnly.setSlice(Slice.ALL, new byte[4]));
    assertThrows(ReadOnlyBufferException.class, () -> readOnly.cast("i").set(9, 0));
    assertThrows(ReadOnlyBufferException.class, () -> MemoryView.of(readOnly).slice(Slice.of(1L, 3L)).set(9, 0));
    BufferException e = assertThrows(BufferException.class, () -> readOnly.getBuffer(BufferFlags.WRITABLE));
    assertEquals("memoryview: underlying buffer is not writable", e.getMessage());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, data);
    assertSame(data, readOnly.obj());
    assertNull(readOnly.suboffsets());
  }

  @Test
  void sliceAssignmentCopiesOverlappingMemoryCorrectly() {
    byte[] data = {0, 1, 2, 3, 4, 5};
    MemoryView view = MemoryView.of(data);
    view.setSlice(Slice.of(1L, 6L), view.slice(Slice.of(0L, 5L)));
    assertArrayEquals(new byte[] {0, 0, 1, 2, 3, 4}, data);
    view.setSlice(Slice.of(null, null, -1L), view); // reverse in place
    assertArrayEquals(new byte[] {4, 3, 2, 1, 0, 0}, data);
    MemoryView source = MemoryView.of(new byte[2]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> view.cast("h").setSlice(Slice.of(0L, 1L), source));
    assertEquals("memoryview assignment: lvalue and rvalue have different structures", e.getMessage());
    source.release(); // would throw "memoryview has 1 exported buffer" had the failed copy kept its export
  }
}
