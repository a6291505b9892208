package dev.structview.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.memory.ByteStore;
import org.junit.jupiter.api.Test;

/** How generated views place records and report where they are, at offsets an int holds and past them. */
class ViewsTest {
  @Test
  void placeChecksTheWholeRecordAtAnyOffset() {
    ByteStore store = ByteStore.of(new byte[10]);
    assertEquals(3L, Views.place(store, 3L, 7));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> Views.place(store, 4L, 7));
    assertEquals("record does not fit: offset=4 size=7 length=10", e.getMessage());
    // Past an int: the long check, not a wrapped int one (5 GiB + 3 wraps to 3, which fits).
    long far = (5L << 30) + 3;
    e = assertThrows(IndexOutOfBoundsException.class, () -> Views.place(store, far, 7));
    assertEquals("record does not fit: offset=" + far + " size=7 length=10", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> Views.place(store, -1L, 7));
  }

  @Test
  void recordOffsetIsAnIntOrARefusalNamingTheOffset() {
    assertEquals(Integer.MAX_VALUE, Views.recordOffset(Integer.MAX_VALUE));
    assertEquals(0, Views.recordOffset(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Views.recordOffset(1L << 32));
    assertEquals("the record starts at byte 4294967296, past what recordOffset() counts (an int);"
        + " a record array's index places it", e.getMessage());
  }
}
