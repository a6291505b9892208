package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.util.HexFormat;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every example in {@code @BufferFormat}'s javadoc, compiled with the processor under
 * {@code -Xlint:all -Werror} and, where it computes something, run against CPython's bytes. (The
 * {@code "(2)3s"} example of a refused repeated string is in FieldBindingErrorsTest.)
 */
class JavadocExamplesTest {

  @Test
  void theTickExampleCompilesAndPacksAsCpythonDoes() throws Throwable {
    JavaFileObject tick = JavaFileObjects.forSourceString("test.Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<IhB")
        public interface Tick {
          long id();          // 'I'  uint32, little-endian, as its unsigned value
          short delta();      // 'h'  int16
          int flags();        // 'B'  uint8, as its unsigned value
          void id(long v);    // setters are optional; a view without any is read-only
        }
        """);
    JavaFileObject usage = JavaFileObjects.forSourceString("test.Usage", """
        package test;
        import dev.structview.view.RecordArray;
        import java.util.List;

        public final class Usage {
          public static List<Object> run() {
            byte[] bytes = TickView.pack(1L, (short) -2, 3);   // as struct.pack("<IhB", 1, -2, 3)
            byte[] two = new byte[14];
            System.arraycopy(bytes, 0, two, 7, 7);
            TickView tick = TickView.wrap(two);          // the record at bytes[0..7)
            long first = tick.id();
            tick.moveTo(7);                                // the next record, no allocation
            long id = tick.id();
            try (RecordArray<TickView> all = TickView.array(two)) {
              return List.of(bytes, first, id, all.size());
            }
          }
        }
        """);
    List<?> out = (List<?>) Compiled.compile(tick, usage).call("test.Usage", "run");
    // python3 -c 'import struct; print(struct.pack("<IhB", 1, -2, 3).hex())'
    assertEquals("01000000feff03", HexFormat.of().formatHex((byte[]) out.get(0)));
    assertEquals(List.of(0L, 1L, 2L), out.subList(1, 4));
  }

  @Test
  void theFormatAndBindingExamplesCompile() throws Exception {
    JavaFileObject examples = JavaFileObjects.forSourceString("test.Examples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        public interface Examples {
          @BufferFormat("<I:id:h:delta:")
          interface Named {
            long id();
            short delta();
          }

          @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
          interface Sprite {
            long id();
            Pos pos();
          }

          @BufferFormat("<H:x:H:y:")
          interface Pos {
            int x();
            int y();
          }

          @BufferFormat("(2,3)h:grid:")
          interface Grid {
            short[] grid();
            short grid(int row, int column);
          }

          @BufferFormat("3h")
          interface Samples {
            short[] samples();
            void samples(short... v);
            short samples(int i);
            void samples(int i, short v);
          }

          @BufferFormat("3f")
          interface Vector {
            float x();
            float y();
            float z();
          }

          @BufferFormat("<H:n:(3)T{<H:x:H:y:}:pts:")
          interface Path {
            int n();
            Pos pts(int i);
          }

          @BufferFormat("<2h")
          interface BeanReserved {
            short getClass(int i);
          }

          @BufferFormat("<2b")
          interface RecordReserved {
            byte wait(int i);
          }

          interface Header {
            int type();
            long entry();
          }

          @BufferFormat("<H:type:Q:entry:")
          interface Little extends Header {}

          @BufferFormat(">H:type:Q:entry:")
          interface Big extends Header {}
        }
        """);
    Compiled compiled = Compiled.compile(examples);
    assertEquals("class_", compiled.loadClass("test.Examples_BeanReservedView$Values").getRecordComponents()[0]
        .getName(), "getClass(int) in bean style");
    assertEquals("wait_", compiled.loadClass("test.Examples_RecordReservedView$Values").getRecordComponents()[0]
        .getName(), "wait(int)");
  }
}
