package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.SparseFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Memory#copy} has {@code memmove}'s result wherever the ranges lie, checked against
 * {@code System.arraycopy} (which copies "as if through a temporary array") on the same bytes; and
 * {@link Memory#mayOverlap} tells memories apart only where they are.
 */
class MemoryCopyTest {
  private static final int SIZE = 5 * MemoryCopy.CHUNK + 123;

  /** The ways to see one array's bytes as memory: over its storage, a region of it, a direct copy. */
  private static final List<Function<byte[], Memory>> SAME_BYTES = List.of(
      Memory::of,
      a -> Memory.of(ByteBuffer.wrap(a)),
      a -> Memory.of(a).region(0, a.length));

  @Test
  void copiesWithinOneArrayAsArraycopyDoes() {
    Random random = new Random(7);
    int[] lengths = {0, 1, 7, MemoryCopy.CHUNK - 1, MemoryCopy.CHUNK, MemoryCopy.CHUNK + 1, 3 * MemoryCopy.CHUNK + 5};
    int[] shifts = {0, 1, -1, 8, -8, MemoryCopy.CHUNK - 1, -MemoryCopy.CHUNK - 1, 2 * MemoryCopy.CHUNK + 3};
    for (Function<byte[], Memory> source : SAME_BYTES) {
      for (Function<byte[], Memory> target : SAME_BYTES) {
        for (int length : lengths) {
          for (int shift : shifts) {
            int from = random.nextInt(SIZE - length - Math.abs(shift) + 1) + Math.max(0, -shift);
            byte[] bytes = random(random, SIZE);
            byte[] expected = bytes.clone();
            System.arraycopy(expected, from, expected, from + shift, length);
            Memory.copy(source.apply(bytes), from, target.apply(bytes), from + shift, length);
            assertArrayEquals(expected, bytes, "length " + length + ", shift " + shift);
          }
        }
      }
    }
  }

  @Test
  void copiesBetweenMemoriesOverOneDirectBufferAsArraycopyDoes() {
    // Their storage is not known, so the copy reads the whole source first.
    Random random = new Random(8);
    for (int shift : new int[] {1, -1, MemoryCopy.CHUNK + 1, -3 * MemoryCopy.CHUNK}) {
      byte[] bytes = random(random, SIZE);
      ByteBuffer direct = ByteBuffer.allocateDirect(SIZE).put(bytes).clear();
      Memory one = Memory.of(direct);
      Memory two = Memory.of(direct.duplicate());
      int length = Math.min(4 * MemoryCopy.CHUNK, SIZE - Math.abs(shift));
      int from = shift < 0 ? -shift : 0;
      System.arraycopy(bytes, from, bytes, from + shift, length);
      Memory.copy(one, from, two, from + shift, length);
      byte[] copied = new byte[SIZE];
      one.copyTo(0, copied, 0, SIZE);
      assertArrayEquals(bytes, copied, "shift " + shift);
    }
  }

  @Test
  void copiesWithinAndBetweenMappingsOfAnySizeThroughABoundedBuffer(@TempDir Path dir) {
    Path file = SparseFile.create(dir.resolve("m.bin"), SIZE);
    Random random = new Random(9);
    byte[] bytes = random(random, SIZE);
    SparseFile.write(file, 0, bytes);
    try (Memory mapped = Memory.map(file, FileChannel.MapMode.READ_WRITE);
        Memory again = Memory.map(file, FileChannel.MapMode.READ_WRITE)) {
      int length = 3 * MemoryCopy.CHUNK + 17;
      System.arraycopy(bytes, 100, bytes, 5000, length);
      Memory.copy(mapped.region(50, SIZE - 50), 50, mapped, 5000, length);
      byte[] copied = new byte[SIZE];
      mapped.copyTo(0, copied, 0, SIZE);
      assertArrayEquals(bytes, copied);
      assertFalse(mapped.mayOverlap(0, SIZE, again, 0, SIZE), "two mappings are apart, as two mmaps are");
    }
  }

  @Test
  void mayOverlapTellsApartOnlyWhatIsApart() {
    byte[] a = new byte[100];
    byte[] b = new byte[100];
    Memory memory = Memory.of(a);
    assertTrue(memory.mayOverlap(10, 10, Memory.of(a), 19, 5));
    assertFalse(memory.mayOverlap(10, 10, Memory.of(a), 20, 5));
    assertFalse(memory.mayOverlap(10, 0, memory, 10, 5), "no bytes meet no bytes");
    assertTrue(memory.region(50, 50).mayOverlap(0, 1, Memory.of(ByteBuffer.wrap(a, 50, 50)), 50, 1));
    assertFalse(memory.region(50, 50).mayOverlap(0, 1, memory, 49, 1));
    assertFalse(memory.mayOverlap(0, 100, Memory.of(b), 0, 100));
    ByteBuffer direct = ByteBuffer.allocateDirect(100);
    assertTrue(Memory.of(direct).mayOverlap(0, 1, Memory.of(ByteBuffer.allocateDirect(100)), 99, 1),
        "direct buffers cannot be told apart");
    assertTrue(Memory.of(ByteBuffer.wrap(a).asReadOnlyBuffer()).mayOverlap(0, 1, memory, 99, 1),
        "nor can a read-only heap buffer, whose array is hidden");
  }

  @Test
  void refusesRangesOutsideAndReadOnlyTargetsBeforeCopyingAnything() {
    byte[] bytes = {1, 2, 3, 4};
    Memory memory = Memory.of(bytes);
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.copy(memory, 2, memory, 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.copy(memory, 0, memory, -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.mayOverlap(0, 5, memory, 0, 1));
    Memory readOnly = Memory.of(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    assertThrows(ReadOnlyMemoryException.class, () -> Memory.copy(memory, 0, readOnly, 1, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Memory.copy(null, 0, memory, 0, 0));
    assertEquals("source must not be null", e.getMessage());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, bytes);
  }

  private static byte[] random(Random random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }
}
