package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import dev.structview.testing.ChildJvm;
import dev.structview.testing.SparseFile;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that memory holds but the heap does not, unpacked: a {@link StructException} naming the
 * size, never an {@link OutOfMemoryError}. Counts make such records from short formats
 * ({@code "30000000c"} is 30 million values). Shown in a child JVM with a 96 MiB heap over sparse
 * files, so the test needs no real memory.
 */
class HeapExhaustionTest {
  private static final long VALUES = 30_000_000;
  private static final long BYTES = 200_000_000;

  /** Runs in the child JVM: prints what each unpack of a record too large for its heap threw. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path file = SparseFile.create(dir.resolve("records.bin"), BYTES);
    try (Memory memory = Memory.map(file, FileChannel.MapMode.READ_ONLY);
        FileChannel channel = FileChannel.open(file)) {
      Struct values = Struct.of(VALUES + "c");
      Struct bytes = Struct.of(BYTES + "s");
      ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, BYTES);
      report("values from memory", () -> values.unpackFrom(memory, 0));
      report("values from a buffer", () -> values.unpackFrom(mapped, 0));
      report("bytes from memory", () -> bytes.unpackFrom(memory, 0));
      report("bytes from a buffer", () -> bytes.unpackFrom(mapped, 0));
      BufferExporter oneItem = flags -> new BufferInfo(null, 0, VALUES, true, VALUES,
          BufferFlags.has(flags, BufferFlags.FORMAT) ? VALUES + "c" : null, 1, new long[] {1}, new long[] {1}, null,
          null, memory);
      try (MemoryView item = MemoryView.of(oneItem)) {
        report("an item of a view", () -> item.get(0));
      }
    }
  }

  private static void report(String what, Callable<?> call) {
    try {
      call.call();
      System.out.println(what + ": unpacked");
    } catch (Throwable e) {
      System.out.println(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Test
  void recordsTooLargeForTheHeapAreRefusedNamingTheirSize(@TempDir Path dir) throws Exception {
    ChildJvm child = ChildJvm.run(HeapExhaustionTest.class, List.of("-Xmx96m"), dir.toString());
    assertEquals(0, child.exitValue(), child.report());
    String output = child.output();
    String values = "StructException: cannot allocate the 30000000 values of a record to unpack: Java heap space";
    String bytes = "StructException: cannot allocate 200000000 bytes to unpack: Java heap space";
    assertEquals("values from memory: " + values + "\n"
        + "values from a buffer: " + values + "\n"
        + "bytes from memory: " + bytes + "\n"
        + "bytes from a buffer: " + bytes + "\n"
        + "an item of a view: " + values + "\n", output);
  }
}
