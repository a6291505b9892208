package dev.structview.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class BufferFormatProcessorTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new BufferFormatProcessor()).compile(sources);
  }

  @Test
  void validFormatCompilesWithoutDiagnostics() {
    JavaFileObject tick = JavaFileObjects.forSourceString("test.Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<IhB")
        interface Tick {}
        """);
    Compilation compilation = compile(tick);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void badFormatCharIsAnErrorOnTheAnnotationWithItsIndex() {
    JavaFileObject tick = JavaFileObjects.forSourceString("test.Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ihz")
        interface Tick {}
        """);
    Compilation compilation = compile(tick);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[structview.format] bad char in struct format: 'z' at index 3")
        .inFile(tick)
        .onLine(4);
  }

  @Test
  void nativeOnlyCodeUnderStandardPrefixNamesTheFix() {
    JavaFileObject header = JavaFileObjects.forSourceString("test.Header", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat(value = "<qn", name = "HeaderView")
        interface Header {}
        """);
    Compilation compilation = compile(header);
    assertThat(compilation)
        .hadErrorContaining("'n' exists only in native mode; drop the '<' prefix")
        .inFile(header)
        .onLine(3);
  }

  @Test
  void annotationOnAClassIsAnError() {
    JavaFileObject tick = JavaFileObjects.forSourceString("test.Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<IhB")
        class Tick {}
        """);
    Compilation compilation = compile(tick);
    assertThat(compilation)
        .hadErrorContaining("[structview.target] @BufferFormat applies to interfaces only, but class Tick")
        .inFile(tick)
        .onLine(3);
  }

  @Test
  void oneBadInterfaceDoesNotHideAnother() {
    JavaFileObject first = JavaFileObjects.forSourceString("test.First", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("3")
        interface First {}
        """);
    JavaFileObject second = JavaFileObjects.forSourceString("test.Second", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<i i<")
        interface Second {}
        """);
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("repeat count given without format specifier: count '3' at index 0")
        .inFile(first)
        .onLine(3);
    assertThat(compilation)
        .hadErrorContaining("bad char in struct format: '<' at index 4: a byte-order prefix is allowed only")
        .inFile(second)
        .onLine(3);
  }
}
