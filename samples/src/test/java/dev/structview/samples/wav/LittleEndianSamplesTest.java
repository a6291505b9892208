package dev.structview.samples.wav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.view.MemoryView;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The exporter of little-endian samples, used where {@code cast} cannot be. */
class LittleEndianSamplesTest {
  private static final byte[] TWO_FRAMES = {1, 0, (byte) 0xff, (byte) 0xff, 0, (byte) 0x80, (byte) 0xff, 0x7f};

  private static LittleEndianSamples exporter() {
    return new LittleEndianSamples(ByteBuffer.wrap(TWO_FRAMES), SampleCoding.SIGNED_16, new long[] {2, 2});
  }

  @Test
  void exportsLittleEndianItemsInTheShape() {
    try (MemoryView view = MemoryView.of(exporter())) {
      assertEquals("<h", view.format());
      assertArrayEquals(new long[] {4, 2}, view.strides());
      assertEquals((short) -32768, view.get(1, 0));
      assertEquals((short) 32767, view.get(1, 1));
    }
  }

  @Test
  void aSimpleRequestGetsTheBytes() {
    BufferInfo info = exporter().getBuffer(BufferFlags.SIMPLE);
    assertEquals(8, info.len());
    assertEquals(1, info.itemsize());
  }

  @Test
  void refusesWrites() {
    assertThrows(BufferException.class, () -> exporter().getBuffer(BufferFlags.FULL));
  }

  @Test
  void aDataChunkWithoutFramesIsAnEmptyView() {
    try (Samples samples = Samples.over(ByteBuffer.allocate(0), SampleCoding.FLOAT_32, 0, 3)) {
      assertArrayEquals(new long[] {0, 3}, samples.view().shape());
      assertEquals(0, samples.view().nbytes());
    }
  }
}
