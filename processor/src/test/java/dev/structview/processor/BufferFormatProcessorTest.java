package dev.structview.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor end to end: a good interface generates, a bad one is reported, neither stops the other. */
class BufferFormatProcessorTest {

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new BufferFormatProcessor())
        .withOptions(List.of("-Xlint:all", "-Xlint:-processing", "-Werror")).compile(sources);
  }

  static final JavaFileObject TICK = JavaFileObjects.forSourceString("test.Tick", """
      package test;
      import dev.structview.annotation.BufferFormat;
      @BufferFormat("<IhB")
      public interface Tick {
        long id();
        short delta();
        int flags();
        void id(long value);
      }
      """);

  @Test
  void aValidInterfaceGeneratesItsViewCleanUnderLint() {
    Compilation compilation = compile(TICK);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TickView").contentsAsUtf8String()
        .contains("public final class TickView implements Tick");
  }

  @Test
  void aBadFormatIsAnErrorOnTheAnnotationWithItsIndex() {
    JavaFileObject bad = JavaFileObjects.forSourceString("test.Bad", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ihz")
        interface Bad {
          long id();
        }
        """);
    Compilation compilation = compile(bad);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[structview.format] bad char in struct format: 'z' at index 3")
        .inFile(bad).onLine(4);
  }

  @Test
  void oneBadInterfaceDoesNotStopAGoodOne() {
    JavaFileObject bad = JavaFileObjects.forSourceString("test.Bad", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<qn")
        interface Bad {
          long a();
        }
        """);
    JavaFileObject user = JavaFileObjects.forSourceString("test.User", """
        package test;
        class User {
          long first(byte[] data) {
            return TickView.wrap(data).id();
          }
        }
        """);
    Compilation compilation = compile(bad, TICK, user);
    // Exactly one error: had TickView not been generated, User would fail to compile too.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("'n' exists only in native mode; drop the '<' byte order")
        .inFile(bad).onLine(3);
  }

  @Test
  void propertiesAndDefaultsNamedLikeTheViewsPrivateHelpersStillGenerate() {
    JavaFileObject frame = JavaFileObjects.forSourceString("test.Frame", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<3hB2T{<h}")
        public interface Frame {
          short[] samples();
          void samples(short[] values);
          int readSamples();
          void readSamples(int value);
          Part parts(int i);
          default short readParts() {
            return parts(0).v();
          }

          @BufferFormat("<h")
          interface Part {
            short v();
          }
        }
        """);
    assertThat(compile(frame)).succeededWithoutWarnings();
  }

  @Test
  void namedFormatsBindInheritedAccessorsByName() throws Exception {
    // One plain interface, two byte orders: the pattern of ELF, TIFF and pcap headers.
    JavaFileObject header = JavaFileObjects.forSourceString("test.Header", """
        package test;
        import dev.structview.annotation.BufferFormat;
        public interface Header extends Typed<Integer> {
          long entry();
          default String describe() {
            return type() + "@" + entry();
          }

          @BufferFormat("<H:type:Q:entry:")
          interface Little extends Header {
          }

          @BufferFormat(">Q:entry:H:type:")
          interface Big extends Header {
            @Override
            long entry();
          }
        }
        """);
    JavaFileObject typed = JavaFileObjects.forSourceString("test.Typed", """
        package test;
        public interface Typed<T> {
          int type();
        }
        """);
    Compilation compilation = compile(header, typed);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Header_LittleView").contentsAsUtf8String()
        .contains("public int type()");
    assertThat(compilation).generatedSourceFile("test.Header_BigView").contentsAsUtf8String()
        .contains("public static byte[] pack(long entry, int type)");
  }
}
