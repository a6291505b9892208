package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.view.MemoryView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract suite over every built-in exporter, and what is particular to each. */
class ExportersTest {
  /** Remembers the object behind each exporter, to read its bytes back independently. */
  abstract static class Backed extends ExporterContractTest {
    final Map<BufferExporter, Object> backing = new IdentityHashMap<>();

    BufferExporter remember(BufferExporter exporter, Object data) {
      backing.put(exporter, data);
      return exporter;
    }

    @Override
    byte[] contents(BufferExporter exporter) {
      Object data = backing.get(exporter);
      if (data instanceof byte[]) {
        return (byte[]) data;
      }
      ByteBuffer buffer = ((ByteBuffer) data).duplicate();
      byte[] out = new byte[buffer.remaining()];
      buffer.get(out);
      return out;
    }
  }

  @Nested
  class ReadOnlyArray extends Backed {
    @Override
    BufferExporter exporter() {
      byte[] data = CONTENT.clone();
      return remember(Exporters.readOnly(data), data);
    }

    @Override
    boolean writable() {
      return false;
    }

    @Test
    void viewObjIsTheArray() {
      byte[] data = CONTENT.clone();
      try (MemoryView view = MemoryView.of(Exporters.readOnly(data))) {
        assertSame(data, view.obj());
      }
    }
  }

  @Nested
  class WritableArray extends Backed {
    @Override
    BufferExporter exporter() {
      byte[] data = CONTENT.clone();
      return remember(Exporters.writable(data), data);
    }

    @Override
    boolean writable() {
      return true;
    }
  }

  @Nested
  class HeapBuffer extends Backed {
    @Override
    BufferExporter exporter() {
      ByteBuffer buffer = ByteBuffer.allocate(CONTENT.length + 4);
      buffer.position(2);
      buffer.put(CONTENT).flip().position(2); // the export is position..limit
      return remember(Exporters.of(buffer), buffer.duplicate());
    }

    @Override
    boolean writable() {
      return true;
    }

    @Test
    void laterPositionChangesDoNotMoveTheExport() {
      ByteBuffer buffer = ByteBuffer.wrap(CONTENT.clone());
      BufferExporter exporter = Exporters.of(buffer);
      buffer.position(3);
      try (MemoryView view = MemoryView.of(exporter)) {
        assertArrayEquals(CONTENT, view.toBytes());
      }
    }
  }

  @Nested
  class ReadOnlyBuffer extends Backed {
    @Override
    BufferExporter exporter() {
      ByteBuffer buffer = ByteBuffer.wrap(CONTENT.clone()).asReadOnlyBuffer();
      return remember(Exporters.of(buffer), buffer.duplicate());
    }

    @Override
    boolean writable() {
      return false;
    }
  }

  @Nested
  class DirectBuffer extends Backed {
    @Override
    BufferExporter exporter() {
      ByteBuffer buffer = ByteBuffer.allocateDirect(CONTENT.length).put(CONTENT).flip();
      return remember(Exporters.of(buffer), buffer.duplicate());
    }

    @Override
    boolean writable() {
      return true;
    }
  }

  @Nested
  class MappedFile extends Backed {
    @TempDir
    Path dir;

    @Override
    BufferExporter exporter() {
      try {
        Path file = Files.write(dir.resolve("data-" + System.nanoTime()), CONTENT);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
          MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, CONTENT.length);
          return remember(Exporters.of(mapped), mapped.duplicate());
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    boolean writable() {
      return true;
    }
  }

  @Nested
  class ByteArrayExporter extends ExporterContractTest {
    @Override
    BufferExporter exporter() {
      return new ByteArray(CONTENT);
    }

    @Override
    byte[] contents(BufferExporter exporter) {
      return ((ByteArray) exporter).toByteArray();
    }

    @Override
    boolean writable() {
      return true;
    }
  }

  /** A view re-exports with memory_getbuf's rules: FORMAT without ND is refused, unlike bytes. */
  @Nested
  class ViewReExport extends ExporterContractTest {
    /** The views this test made: each holds its ByteArray's export until released. */
    private final List<MemoryView> made = new ArrayList<>();

    @Override
    BufferExporter exporter() {
      MemoryView view = MemoryView.of(new ByteArray(CONTENT));
      made.add(view);
      return view;
    }

    @AfterEach
    void releaseTheViews() {
      made.forEach(MemoryView::release);
    }

    @Override
    byte[] contents(BufferExporter exporter) {
      return ((MemoryView) exporter).toBytes();
    }

    @Override
    boolean writable() {
      return true;
    }

    @Override
    void checkParts(int flags, BufferInfo info) {
      assertEquals(1, info.itemsize());
      assertEquals(1, info.ndim());
    }

    @Test
    @Override
    void everyRequestIsMetOrRefusedForWritability() {
      for (int flags : REQUESTS) {
        BufferExporter view = exporter();
        boolean formatWithoutShape = BufferFlags.has(flags, BufferFlags.FORMAT) && !BufferFlags.has(flags, BufferFlags.ND);
        if (formatWithoutShape) {
          BufferException e = assertThrows(BufferException.class, () -> view.getBuffer(flags));
          assertEquals("memoryview: cannot cast to unsigned bytes if the format flag is present", e.getMessage());
          continue;
        }
        BufferInfo info = view.getBuffer(flags);
        BufferFlags.check(flags, info);
        assertEquals(BufferFlags.has(flags, BufferFlags.FORMAT) ? "B" : null, info.format());
        view.releaseBuffer(info);
      }
    }
  }

  @Test
  void nullDataIsAnIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Exporters.readOnly(null));
    assertThrows(IllegalArgumentException.class, () -> Exporters.writable(null));
    assertThrows(IllegalArgumentException.class, () -> Exporters.of(null));
  }

  @Test
  void readOnlyExportRefusesWritableWithCPythonsMessage() {
    BufferException e = assertThrows(BufferException.class,
        () -> Exporters.readOnly(new byte[1]).getBuffer(BufferFlags.CONTIG));
    assertEquals("Object is not writable.", e.getMessage());
  }
}
