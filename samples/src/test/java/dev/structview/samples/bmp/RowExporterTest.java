package dev.structview.samples.bmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The exporter of padded pixel rows: what it describes and which requests it refuses. */
class RowExporterTest {
  /** Two rows of two BGR pixels, each row padded from 6 to 8 bytes. */
  private static final byte[] ROWS = {1, 2, 3, 4, 5, 6, 0, 0, 7, 8, 9, 10, 11, 12, 0, 0};

  private static RowExporter exporter() {
    return new RowExporter(ByteBuffer.wrap(ROWS).asReadOnlyBuffer(), 0, 2, 2, 8, BgrView.SIZE, BgrView.FORMAT);
  }

  @Test
  void describesRowsWithTheirPaddedStride() {
    try (MemoryView view = MemoryView.of(exporter())) {
      assertEquals(BgrView.FORMAT, view.format());
      assertArrayEquals(new long[] {2, 2}, view.shape());
      assertArrayEquals(new long[] {8, 3}, view.strides());
      assertEquals(12, view.nbytes());
    }
  }

  @Test
  void aNegativeStepPutsTheLastStoredRowFirst() {
    try (RecordArray<BgrView> stored = BgrView.array(exporter());
        RecordArray<BgrView> flipped = stored.slice(Slice.of(null, null, -1L))) {
      assertArrayEquals(new long[] {-8, 3}, flipped.strides());
      assertEquals(0x09_08_07, flipped.get(0, 0).rgb());
      assertEquals(0x06_05_04, flipped.get(1, 1).rgb());
    }
  }

  @Test
  void refusesWritesAndConsumersThatCannotTakeStrides() {
    assertEquals("BMP pixel rows are exported read-only",
        assertThrows(BufferException.class, () -> exporter().getBuffer(BufferFlags.RECORDS)).getMessage());
    assertEquals("BMP pixel rows are padded to 4 bytes: a consumer must accept strides",
        assertThrows(BufferException.class, () -> exporter().getBuffer(BufferFlags.CONTIG_RO)).getMessage());
  }
}
