package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.testing.SparseFile;
import dev.structview.view.MemoryView;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sparse {@code .npy} file of 5 GiB of {@code <i8}, mapped in place: values past 2^32 bytes read
 * where they were written, through the windows of JDK 17 and the segments of JDK 22+ alike.
 */
class BigFileTest {
  @TempDir
  Path dir;

  @Test
  void valuesPastFourGibibytesReadInPlace() {
    long count = (5 * SparseFile.GIB) / 8;
    // NpyWriteTest checks this writer's headers against NumPy's, byte for byte
    byte[] head = HeaderWriter.header(new Dtype.Scalar('i', 8, '='), false, new long[] {count});
    Path file = SparseFile.create(dir.resolve("big.npy"), head.length + count * 8);
    SparseFile.write(file, 0, head);
    long last = count - 1;
    long past4g = (4 * SparseFile.GIB + 4096) / 8;
    SparseFile.write(file, head.length + last * 8, le(0x0123456789abcdefL));
    SparseFile.write(file, head.length + past4g * 8, le(-42));
    try (MemoryView v = Npy.map(file)) {
      assertEquals("l", v.format());
      assertArrayEquals(new long[] {count}, v.shape());
      assertEquals(0x0123456789abcdefL, v.get(last));
      assertEquals(-42L, v.get(past4g));
      assertEquals(0L, v.get(past4g + 1));
      assertEquals(Npy.header(file).dataOffset(), head.length);
    }
  }

  private static byte[] le(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
  }
}
