package dev.structview.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.buffer.Memory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window moves to each structure placed in it, and views placed through it read the right bytes. */
class WindowTest {
  /** 256 little-endian ints, each its own index: the int at byte 4 * i is i. */
  private static Memory counting() {
    ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 256; i++) {
      b.putInt(i);
    }
    return Memory.of(b.array());
  }

  @Test
  void memoryThatFitsABufferIsOneWindowThatNeverMoves() {
    Window window = new Window(counting());
    ByteBuffer first = window.buffer();
    assertEquals(1024, first.limit());
    assertEquals(1000, window.place(1000, 24));
    assertEquals(0, window.place(0, 4));
    assertSame(first, window.buffer());
  }

  @Test
  void aSmallWindowMovesToHoldEachStructureWhole() {
    Window window = new Window(counting(), 64);
    for (long at : new long[] {0, 1016, 500, 4, 960, 62}) {
      int index = window.place(at, 8);
      ByteBuffer b = window.buffer();
      assertEquals(64, b.limit(), "at=" + at);
      byte[] read = new byte[8];
      b.get(index, read);
      assertEquals(ByteBuffer.wrap(window.bytes(at, 8)), ByteBuffer.wrap(read), "at=" + at);
    }
  }

  @Test
  void aPlacerRewrapsOnlyWhenTheWindowHasMoved() {
    Window window = new Window(counting(), 64);
    Placer<Int> ints = new Placer<>(window, 4, Int::new, Int::moveTo);
    Int first = ints.at(40);
    assertEquals(10, first.value());
    assertSame(first, ints.at(44), "the window holds both: the view moved");
    assertEquals(11, first.value());
    Int far = ints.at(1000);
    assertNotSame(first, far, "the window moved: a new view on its new buffer");
    assertEquals(250, far.value());
    assertEquals(11, first.value(), "an earlier view still reads its own buffer");
    assertEquals(1000, ints.offset());
  }

  @Test
  void placingOutsideTheMemoryOrWiderThanTheWindowThrows() {
    Window window = new Window(counting(), 64);
    assertThrows(IndexOutOfBoundsException.class, () -> window.place(1021, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> window.place(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> window.place(0, 65));
  }

  /**
   * Over a mapping past 2 GiB, a window may start anywhere, the last bytes before a gigabyte
   * included, where the runtime's windows (2^31 - 9 bytes every 1 GiB) hold the least after it.
   */
  @Test
  void aWindowOfAMappingPastTwoGigabytesStartsAnywhere(@TempDir Path dir) throws IOException {
    long gib = 1L << 30;
    Path file = dir.resolve("three.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(3 * gib);
      for (long b = gib; b < 3 * gib; b += gib) {
        raf.seek(b - 16);
        for (int i = 0; i < 32; i++) {
          raf.write(i + 1);
        }
      }
    }
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      Window window = new Window(memory);
      for (long b = gib; b < 3 * gib; b += gib) {
        for (int before = 1; before <= 16; before++) {
          long start = b - before; // the window centres the structure: it starts here
          long at = start + (Window.SPAN - 8) / 2;
          int index = window.place(at, 8);
          assertEquals(Window.SPAN, window.buffer().limit(), "a window of " + Window.SPAN + " bytes from " + start);
          byte[] read = new byte[8];
          window.buffer().get(index, read);
          assertEquals(ByteBuffer.wrap(window.bytes(at, 8)), ByteBuffer.wrap(read), "at=" + at);
          // and the bytes around the gigabyte, read from the same window
          int first = window.place(b - 16, 32);
          assertEquals(1, window.buffer().get(first));
          assertEquals(32, window.buffer().get(first + 31));
        }
      }
    }
  }

  /** A stand-in for a generated view: wrap(ByteBuffer, int) and moveTo(int). */
  private static final class Int {
    private final ByteBuffer buffer;
    private int index;

    Int(ByteBuffer buffer, int index) {
      this.buffer = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      this.index = index;
    }

    Int moveTo(int index) {
      this.index = index;
      return this;
    }

    int value() {
      return buffer.getInt(index);
    }
  }
}
