package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code MemoryView.of(view, flags)}: a view asked like any exporter. What each request gets is
 * checked against CPython's {@code view.__buffer__(flags)} by the getbuf vectors; these tests pin the
 * Java side CPython has no counterpart for: the new view shares the old one's envelope.
 */
class ViewRequestTest {

  @Test
  void aRequestTheViewCannotMeetIsRefusedWithCPythonsMessage() {
    MemoryView readOnly = MemoryView.of(new byte[8]).toReadOnly();
    BufferException e = assertThrows(BufferException.class, () -> MemoryView.of(readOnly, BufferFlags.WRITABLE));
    assertEquals("memoryview: underlying buffer is not writable", e.getMessage());
    MemoryView strided = MemoryView.of(new byte[8]).slice(Slice.of(null, null, 2L));
    e = assertThrows(BufferException.class, () -> MemoryView.of(strided, BufferFlags.CONTIG_RO));
    assertEquals("memoryview: underlying buffer is not C-contiguous", e.getMessage());
    MemoryView ints = MemoryView.of(new byte[8]).cast("i");
    e = assertThrows(BufferException.class, () -> MemoryView.of(ints, BufferFlags.FORMAT));
    assertEquals("memoryview: cannot cast to unsigned bytes if the format flag is present", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MemoryView.of(ints, BufferFlags.READ));
  }

  @Test
  void theNewViewIsWhatTheRequestGets() {
    MemoryView ints = MemoryView.of(new byte[] {1, 0, 0, 0, 2, 0, 0, 0}).cast("i");
    MemoryView bytes = MemoryView.of(ints, BufferFlags.SIMPLE);
    assertEquals("B", bytes.format());
    assertEquals(4, bytes.itemsize()); // CPython keeps the old item size when the format is dropped
    assertArrayEquals(new long[] {2}, bytes.shape());
    assertEquals(List.of(1, 2), bytes.toList());
    MemoryView same = MemoryView.of(ints, BufferFlags.FULL);
    assertEquals(List.of(1, 2), same.toList());
    assertFalse(same.readonly());
  }

  @Test
  void theNewViewSharesTheEnvelopeEitherCanBeReleasedFirst() {
    CountingExporter exporter = new CountingExporter(new byte[8]);
    MemoryView first = MemoryView.of(exporter);
    MemoryView second = MemoryView.of(first, BufferFlags.CONTIG);
    assertSame(first.obj(), second.obj());
    first.release();
    second.set(7, 3L);
    assertEquals(7, second.get(3L));
    assertEquals(0, exporter.releases.get());
    second.release();
    assertEquals(1, exporter.gets.get());
    assertEquals(1, exporter.releases.get());
  }
}
