package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.memory.ByteStore;
import dev.structview.view.RecordArray;
import dev.structview.view.RecordType;
import dev.structview.view.Slice;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code RecordArray.moveTo(reuse, i)} over records one after another hands the generated type a
 * record it placed by its count ({@code RecordType.movePlaced}), which the view then does not check
 * again: every record so placed reads as {@code get} reads it, over each kind of memory and from a
 * slice's first record on, and indices past either end are still refused. A caller without the
 * arrays' voucher, which only the view package can name, has its records checked as
 * {@code move} checks them.
 */
class PlacedMovesTest {
  private static final int SIZE = 7;
  private static final int RECORDS = 40;

  private static Class<?> view;
  private static RecordType<Object> type;
  private static Method id;
  private static Method recordOffset;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void compile() throws ReflectiveOperationException {
    view = Compiled.compile(MappedViewsTest.TICK).loadClass("test.TickView");
    type = (RecordType<Object>) view.getField("TYPE").get(null);
    id = view.getMethod("id");
    recordOffset = view.getMethod("recordOffset");
  }

  /** Record {@code i}'s id is {@code 1000 + i}, little-endian, as {@code <IhB} lays it out. */
  private static ByteBuffer ticks(ByteBuffer memory) {
    ByteBuffer b = memory.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < RECORDS; i++) {
      b.putInt(i * SIZE, 1000 + i);
    }
    return memory;
  }

  private static RecordArray<?> array(ByteBuffer memory) throws ReflectiveOperationException {
    return (RecordArray<?>) view.getMethod("array", ByteBuffer.class).invoke(null, ticks(memory));
  }

  @SuppressWarnings("unchecked")
  private static void assertMovesReadAsGet(RecordArray<?> records, int first, String label)
      throws ReflectiveOperationException {
    RecordArray<Object> r = (RecordArray<Object>) records;
    Object made = r.get(0);
    Object reused = null;
    for (int i = 0; i < r.length(); i++) {
      Object got = r.get(new long[] {i}); // the general path, which no move shares
      assertSame(made, r.moveTo(made, i), label);
      reused = r.moveTo(reused, i);
      for (Object moved : new Object[] {made, reused}) {
        assertEquals(id.invoke(got), id.invoke(moved), label + " record " + i);
        assertEquals(recordOffset.invoke(got), recordOffset.invoke(moved), label + " record " + i);
      }
      assertEquals(1000L + first + i, id.invoke(made), label + " record " + i);
    }
    for (long past : new long[] {r.length(), -r.length() - 1, Integer.MAX_VALUE, 1L << 32}) {
      assertThrows(IndexOutOfBoundsException.class, () -> r.moveTo(made, past), label + " index " + past);
    }
  }

  @Test
  void arraysPlaceEveryRecordAsGetDoesOverEachKindOfMemory() throws ReflectiveOperationException {
    int bytes = RECORDS * SIZE;
    ByteBuffer[] memories = {
      ByteBuffer.wrap(new byte[bytes]),
      ByteBuffer.allocateDirect(bytes),
      ByteBuffer.wrap(new byte[bytes + 5], 5, bytes).slice(),
    };
    for (ByteBuffer memory : memories) {
      String label = memory.isDirect() ? "direct" : memory.arrayOffset() > 0 ? "region" : "array";
      try (RecordArray<?> records = array(memory)) {
        assertMovesReadAsGet(records, 0, label);
        try (RecordArray<?> middle = records.slice(Slice.of(3L, 31L, 1L))) {
          assertMovesReadAsGet(middle, 3, label + " slice from record 3");
        }
      }
    }
  }

  @Test
  void aMoveWithoutTheArraysVoucherIsChecked() {
    ByteStore store = ByteStore.of(new byte[3 * SIZE]);
    for (int index : new int[] {-1, 2 * SIZE + 1, 3 * SIZE, Integer.MAX_VALUE}) {
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
          () -> type.movePlaced(null, store, index, null), "index " + index);
      assertTrue(e.getMessage().contains("offset=" + index), e.getMessage());
    }
    Object placed = type.movePlaced(null, store, 2 * SIZE, null);
    assertSame(placed, type.movePlaced(placed, store, SIZE, null));
  }

  @Test
  void onlyTheViewPackageCanNameTheVoucher() throws ReflectiveOperationException {
    int voucher = RecordType.Placed.class.getDeclaredField("BY_ARRAY").getModifiers();
    assertTrue(!Modifier.isPublic(voucher) && !Modifier.isProtected(voucher) && !Modifier.isPrivate(voucher),
        "package-private: " + Modifier.toString(voucher));
    for (Constructor<?> c : RecordType.Placed.class.getDeclaredConstructors()) {
      assertTrue(Modifier.isPrivate(c.getModifiers()), c.toString());
    }
  }
}
