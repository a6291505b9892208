package dev.structview.processor.fuzz;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.BufferFormatProcessor;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Processor bugs the fuzz property found, each reduced to its smallest declaration and checked as
 * the property checks it: no crash, tagged errors only, nothing wrong in generated code. Each was
 * seen failing before its fix; they stay as regression tests.
 */
class ProcessorFuzzFindingsTest {

  @Test
  void anEqualsThatIsNotObjectsIsAnAccessorOrATaggedError() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("")
        public interface I0 {
          byte equals(int i);
        }
        """);
  }

  @Test
  void anEqualsOverloadBesideBoundAccessorsIsAnAccessorOrATaggedError() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<b")
        public interface I0 {
          byte b();
          boolean equals(String s);
        }
        """);
  }

  @Test
  void aGenericToStringIsAnAccessorOrATaggedError() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("")
        public interface I0 {
          <T> T toString();
        }
        """);
  }

  @Test
  void anAccessorWhoseNameHasADollarSignIsBound() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<d")
        public interface I0 {
          double $x();
        }
        """);
  }

  @Test
  void anAccessorNamedSizeDoesNotShadowTheSizeConstant() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<d")
        public interface I0 {
          double SIZE();
        }
        """);
  }

  @Test
  void accessorsNamedLikeTheTypesAndMethodsOfTheValuesRecordDoNotShadowThem() {
    Compilation compilation = compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<2bfdBii")
        public interface I0 {
          byte[] Arrays();
          float Float();
          double Double();
          int ByteStore();
          int write();
          int Values();
        }
        """);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anAccessorOfANestedInterfaceWithABadFormatIsRefusedNotDropped() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("^T{N<H:u:H:v:}:f0:")
        public interface I0 {
          N0 f0();

          @BufferFormat("<N<H:u:H:v:")
          interface N0 {
          }
        }
        """);
  }

  @Test
  void varargsSettersAreImplementedAsVarargs() {
    Compilation compilation = compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<4h3s")
        public interface I0 {
          short[] samples();
          void samples(short... values);
          byte[] name();
          void name(byte... value);
        }
        """);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anIndexedGetterBesideAStringGetterIsRefusedNotDropped() {
    compileAndCheck("""
        package test;

        import dev.structview.annotation.BufferFormat;

        @BufferFormat(">fh3p")
        public interface I0 {
          float f0();
          short f1();
          byte[] f2();
          byte[] f2(int v);
        }
        """);
  }

  /** Compiles one declaration, checks it as the property does, and returns the compilation. */
  static Compilation compileAndCheck(String text) {
    JavaFileObject source = JavaFileObjects.forSourceString("test.I0", text);
    Compilation compilation = Compiler.javac().withProcessors(new BufferFormatProcessor())
        .withOptions(ProcessorFuzzTest.OPTIONS).compile(source);
    ProcessorFuzzTest.check(compilation, List.of(source), List.of(text));
    return compilation;
  }
}
