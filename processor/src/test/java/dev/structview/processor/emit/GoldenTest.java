package dev.structview.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.BufferFormatProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The few exact-text checks of how generated code looks; everything else tests what it does. To
 * accept a deliberate change, run with {@code -Dstructview.updateGoldens=true} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "golden"); // off the class path: javac would compile them

  static final JavaFileObject TICK = JavaFileObjects.forSourceString("golden.Tick", """
      package golden;

      import dev.structview.annotation.BufferFormat;

      /** The README's record: a setter, unsigned widening, a signed short. */
      @BufferFormat("<IhB")
      public interface Tick {
        long id();
        short delta();
        int flags();
        void id(long value);
      }
      """);

  static final JavaFileObject PACKET = JavaFileObjects.forSourceString("golden.Packet", """
      package golden;

      import dev.structview.annotation.BufferFormat;

      /** Named PEP 3118 fields in bean style, a nested struct, a repeated field, a string. */
      @BufferFormat("!H:type: H:length: T{!h:x: h:y:}:origin: 3I:counts: 6s:tag:")
      public interface Packet {
        int getType();
        int getLength();
        Point getOrigin();
        long[] getCounts();
        long getCounts(int index);
        String getTag();
        void setType(int value);
        void setTag(String value);

        /** A point, as the nested struct lays it out. */
        @BufferFormat("!h:x: h:y:")
        interface Point {
          short getX();
          short getY();
        }
      }
      """);

  static final JavaFileObject SENSOR = JavaFileObjects.forSourceString("golden.Sensor", """
      package golden;

      import dev.structview.annotation.BufferFormat;
      import java.math.BigInteger;

      /** Native alignment and sizes, read-only, one accessor per code kind. */
      @BufferFormat("@?c2bHeq0q")
      public interface Sensor {
        boolean ok();
        char grade();
        byte x();
        byte y();
        char channel();
        float level();
        long stamp();
      }
      """);

  @ParameterizedTest
  @ValueSource(strings = {"TickView", "Packet_PointView", "PacketView", "SensorView"})
  void generatedSourceMatchesItsGolden(String name) throws IOException {
    Compilation compilation = javac().withProcessors(new BufferFormatProcessor())
        .withOptions(List.of("-Xlint:all", "-Xlint:-processing", "-Werror")).compile(TICK, PACKET, SENSOR);
    assertThat(compilation).succeededWithoutWarnings();
    String actual = compilation.generatedSourceFile("golden." + name).orElseThrow()
        .getCharContent(true).toString();
    Path golden = GOLDEN.resolve(name + ".java");
    if (Boolean.getBoolean("structview.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "generated " + name
        + " changed; if deliberate, rerun with -Dstructview.updateGoldens=true and review the diff");
  }
}
