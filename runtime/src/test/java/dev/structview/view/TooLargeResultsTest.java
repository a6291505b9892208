package dev.structview.view;

import static dev.structview.testing.SparseFile.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.testing.SparseFile;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * What no Java array, list, string or buffer can hold, asked of a 3 GiB mapping: each request is
 * refused with the documented exception, naming the size, at once and without allocating (a
 * refusal that first tried to allocate gigabytes, or read them, would take seconds and might end
 * in an {@code OutOfMemoryError} instead).
 */
class TooLargeResultsTest {
  private static final long SIZE = 3 * GIB;
  /** What a refusal may allocate: its exception, its message, a view or two; never the result. */
  private static final long MAX_ALLOCATED = 1 << 20;

  @TempDir
  static Path dir;
  static Path file;

  @BeforeAll
  static void writeTheFile() {
    file = SparseFile.create(dir.resolve("three.bin"), SIZE);
  }

  @Test
  void bytesHexAndListsOfAViewOverTwoGigabytesAreRefusedNamingTheSize() {
    try (MemoryView bytes = MemoryView.map(file); MemoryView head = bytes.slice(Slice.of(0L, 1L << 31));
        MemoryView past = bytes.slice(Slice.of(GIB, GIB + Integer.MAX_VALUE - 7))) {
      refused(IllegalArgumentException.class, "memoryview of 3221225472 bytes does not fit a Java array", bytes::toBytes);
      for (char order : new char[] {'C', 'F', 'A'}) {
        refused(IllegalArgumentException.class, "memoryview of 3221225472 bytes does not fit a Java array",
            () -> bytes.toBytes(order));
      }
      refused(IllegalArgumentException.class, "memoryview of 2147483648 bytes does not fit a Java array", head::toBytes);
      // The largest array HotSpot allocates is a few bytes short of 2^31 - 1: one byte more than the refusals allow.
      refused(IllegalArgumentException.class, "memoryview of 2147483640 bytes does not fit a Java array", past::toBytes);
      refused(IllegalArgumentException.class, "hex of 3221225472 bytes does not fit a Java string", bytes::hex);
      refused(IllegalArgumentException.class, "hex of 3221225472 bytes does not fit a Java string", () -> bytes.hex(":", 2));
      refused(IllegalArgumentException.class, "dimension 1 has 3221225472 elements, more than a Java list holds",
          bytes::toList);
      refused(IllegalArgumentException.class, "dimension 1 has 2147483648 elements, more than a Java list holds",
          head::toList);
      try (MemoryView rows = bytes.cast("B", 3, GIB)) {
        refused(IllegalArgumentException.class, "memoryview of 3221225472 elements does not fit a Java list",
            rows::toList);
        refused(IllegalArgumentException.class, "memoryview of 3221225472 bytes does not fit a Java array",
            () -> rows.toBytes('F'));
      }
    }
  }

  @Test
  void theBufferFormOfMemoryOverTwoGigabytesIsRefusedNamingTheSize() {
    try (MemoryView bytes = MemoryView.map(file)) {
      BufferInfo info = bytes.getBuffer(BufferFlags.FULL_RO);
      try {
        assertEquals(SIZE, info.region().byteSize());
        assertEquals(SIZE, info.len());
        refused(UnsupportedOperationException.class,
            "the memory has 3221225472 bytes, more than a ByteBuffer holds: use region()", info::memory);
        refused(UnsupportedOperationException.class, "memory of 3221225472 bytes does not fit a ByteBuffer (at most"
            + " " + Memory.MAX_BUFFER_BYTES + "): read it at long indices, or slice it", () -> info.region().asByteBuffer());
      } finally {
        bytes.releaseBuffer(info);
      }
    }
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      refused(UnsupportedOperationException.class, "memory of 3221225472 bytes does not fit a ByteBuffer (at most"
          + " " + Memory.MAX_BUFFER_BYTES + "): read it at long indices, or slice it", memory::asByteBuffer);
      BufferInfo info = BufferInfo.fillRegionInfo(null, memory, 0, SIZE, true, BufferFlags.FULL_RO);
      refused(UnsupportedOperationException.class,
          "the memory has 3221225472 bytes, more than a ByteBuffer holds: use region()", info::memory);
    }
  }

  @Test
  void aRecordOverTwoGigabytesIsRefusedWhenUnpackedFromMemoryThatHoldsIt() {
    Struct huge = Struct.of("2500000000s");
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      refused(StructException.class, "cannot unpack 2500000000 bytes into one Java array", () -> huge.unpackFrom(memory, 0));
      refused(StructException.class, "cannot unpack 2500000000 bytes into one Java array",
          () -> huge.unpackFrom(memory, -2500000000L));
    }
  }

  @Test
  void anItemOverTwoGigabytesIsRefusedByEveryReadOfIt() {
    // Beyond CPython, whose memoryview refuses the format: items of any struct format, so of a count
    // that makes them larger than an array (they were read through one: NegativeArraySizeException).
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY)) {
      for (String format : new String[] {"3000000000s", "3000000000x", "<i2999999996x"}) {
        BufferExporter oneItem = flags -> new BufferInfo(null, 0, 3_000_000_000L, true, 3_000_000_000L,
            BufferFlags.has(flags, BufferFlags.FORMAT) ? format : null, 1, new long[] {1}, new long[] {1}, null, null,
            memory);
        try (MemoryView item = MemoryView.of(oneItem); MemoryView same = MemoryView.of(oneItem)) {
          String message = "cannot unpack 3000000000 bytes into one Java array";
          refused(StructException.class, message, () -> item.get(0));
          refused(StructException.class, message, item::toList);
          refused(StructException.class, message, () -> item.equals(same));
          refused(StructException.class, message, item::hashCode);
        }
      }
    }
  }

  /** Checks that {@code call} throws {@code type} with {@code message}, allocating at most {@link #MAX_ALLOCATED}. */
  private static void refused(Class<? extends RuntimeException> type, String message, Executable call) {
    long before = allocated();
    RuntimeException e = assertThrows(type, call);
    long used = allocated() - before;
    assertEquals(message, e.getMessage());
    if (before >= 0) {
      assertTrue(used < MAX_ALLOCATED, "the refusal \"" + message + "\" allocated " + used + " bytes");
    }
  }

  /** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
      return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
