package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.ReadOnlyMemoryException;
import dev.structview.memory.ByteStore;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The generated members public by necessity ({@code TYPE.move} for record arrays, the static
 * {@code write} for enclosing records) check what they are handed as RecordArray does: a record
 * that does not fit its store, a null store or a read-only one gets a documented exception, never an
 * array index out of bounds or a write through read-only memory.
 */
class HandPlacedRecordsTest {
  private static final Outer_RecView.Values VALUES = new Outer_RecView.Values((short) -2, 200, true);

  @Test
  void aRecordPlacedByHandMustFitItsStore() {
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
        () -> Outer_RecView.TYPE.move(null, ByteStore.of(new byte[3]), 0));
    assertEquals("record does not fit: offset=0 size=4 length=3", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> Outer_RecView.TYPE.move(null, ByteStore.of(new byte[8]), -1));
    assertThrows(IllegalArgumentException.class, () -> Outer_RecView.TYPE.move(null, null, 0));
    Outer_RecView view = Outer_RecView.TYPE.move(null, ByteStore.of(new byte[] {0, 0, 0, 0, -1, -2, 7, 1}), 4);
    assertEquals((short) -2, view.a());
    assertEquals(7, view.b());
  }

  @Test
  void theStaticWriterChecksTheStoreBeforeWritingAnything() {
    byte[] three = new byte[3];
    assertThrows(IndexOutOfBoundsException.class, () -> Outer_RecView.write(ByteStore.of(three), 0, VALUES));
    assertArrayEquals(new byte[3], three);
    assertThrows(IllegalArgumentException.class, () -> Outer_RecView.write(null, 0, VALUES));
    byte[] backing = new byte[4];
    ByteStore readOnly = ByteStore.of(ByteBuffer.wrap(backing), true); // writable memory, read-only export
    ReadOnlyMemoryException refused = assertThrows(ReadOnlyMemoryException.class,
        () -> Outer_RecView.write(readOnly, 0, VALUES));
    assertTrue(refused.getMessage().contains("read-only memory"), refused.getMessage());
    assertArrayEquals(new byte[4], backing);
    byte[] four = new byte[4];
    Outer_RecView.write(ByteStore.of(four), 0, VALUES);
    assertArrayEquals(new byte[] {-1, -2, (byte) 200, 1}, four); // struct.pack(">hB?", -2, 200, True)
  }
}
