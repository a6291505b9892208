package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A view with setters over read-only memory (a read-only file mapping, say): placing it works, its
 * reads work, and every kind of write refuses with a message naming the view and the field, leaving
 * the memory as it was.
 */
class ReadOnlyMemoryTest {
  static final JavaFileObject REC = JavaFileObjects.forSourceString("test.Rec", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<I:id:3h:samples:4s:tag:T{<H:x:H:y:}:pos:")
      public interface Rec {
        long id();
        void id(long v);
        short[] samples();
        void samples(short[] v);
        short samples(int i);
        void samples(int i, short v);
        String tag();
        void tag(String v);
        Pos pos();

        @BufferFormat("<H:x:H:y:")
        interface Pos {
          int x();
          int y();
          void x(int v);
        }
      }
      """);

  /** Tries every kind of write on views placed on read-only memory in every way; lists what happened. */
  static final JavaFileObject DRIVER = JavaFileObjects.forSourceString("test.Driver", """
      package test;
      import dev.structview.buffer.BufferExporter;
      import dev.structview.buffer.BufferInfo;
      import dev.structview.view.MemoryView;
      import dev.structview.view.RecordArray;
      import java.nio.ByteBuffer;
      import java.nio.ReadOnlyBufferException;
      import java.util.ArrayList;
      import java.util.Arrays;
      import java.util.List;

      public final class Driver {
        static final byte[] BYTES = new byte[RecView.SIZE];

        static {
          for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) (i + 'a');
          }
        }

        public static List<String> run() {
          List<String> out = new ArrayList<>();
          ByteBuffer heap = ByteBuffer.wrap(BYTES.clone()).asReadOnlyBuffer();
          ByteBuffer direct = ByteBuffer.allocateDirect(BYTES.length).put(BYTES).flip().asReadOnlyBuffer();
          tryWrites(out, "wrap(heap)", RecView.wrap(heap, 0), heap);
          tryWrites(out, "wrap(direct)", RecView.wrap(direct, 0), direct);
          try (RecordArray<RecView> records = RecView.array(heap)) {
            tryWrites(out, "array(heap)", records.get(0), heap);
          }
          try (MemoryView memory = MemoryView.of(direct)) {
            tryWrites(out, "wrap(memoryview)", RecView.wrap(memory), direct);
            try (RecordArray<RecView> records = RecView.array(memory)) {
              tryWrites(out, "array(memoryview)", records.get(0), direct);
            }
          }
          // An export marked read-only over memory that could be written: the flag binds.
          ByteBuffer writable = ByteBuffer.wrap(BYTES.clone());
          BufferExporter exporter = flags -> BufferInfo.fillInfo(writable, writable, 0, BYTES.length, true, flags);
          try (RecordArray<RecView> records = RecView.array(exporter)) {
            tryWrites(out, "array(read-only export)", records.get(0), writable);
          }
          return out;
        }

        private static void tryWrites(List<String> out, String where, RecView view, ByteBuffer memory) {
          RecView.Values values = view.unpack();
          if (view.id() != 0x64636261L || !view.tag().equals("klmn") || view.pos().x() != 0x706f) {
            out.add(where + ": reads wrong " + values);
          }
          List<Runnable> writes = List.of(() -> view.id(7), () -> view.samples(new short[] {1, 2, 3}),
              () -> view.samples(1, (short) 9), () -> view.tag("ab"), () -> view.pos().x(5), () -> view.pack(values));
          for (Runnable write : writes) {
            try {
              write.run();
              out.add(where + ": wrote");
            } catch (ReadOnlyBufferException e) {
              out.add(where + ": " + e.getMessage());
            }
          }
          byte[] now = new byte[BYTES.length];
          memory.duplicate().clear().get(now);
          if (!Arrays.equals(now, BYTES)) {
            out.add(where + ": memory changed");
          }
        }
      }
      """);

  @Test
  void viewsWithSettersWrapReadOnlyMemoryReadItAndRefuseEveryWriteWithAMessage() throws Throwable {
    Object outcome = Compiled.compile(REC, DRIVER).call("test.Driver", "run");
    List<String> expected = new ArrayList<>();
    for (String where : List.of("wrap(heap)", "wrap(direct)", "array(heap)", "wrap(memoryview)", "array(memoryview)",
        "array(read-only export)")) {
      expected.addAll(List.of(
          where + ": RecView over read-only memory: id is not writable",
          where + ": RecView over read-only memory: samples is not writable",
          where + ": RecView over read-only memory: samples is not writable",
          where + ": RecView over read-only memory: tag is not writable",
          where + ": Rec_PosView over read-only memory: x is not writable",
          where + ": RecView over read-only memory: pack(Values) cannot write"));
    }
    assertEquals(expected, outcome);
  }
}
