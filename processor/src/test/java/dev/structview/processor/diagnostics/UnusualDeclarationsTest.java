package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertError;
import static dev.structview.processor.diagnostics.Errors.assertNoCrash;
import static dev.structview.processor.diagnostics.Errors.assertNoErrorsIn;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.compileWith;
import static dev.structview.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.BufferFormatProcessor;
import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Interfaces where a processor may not expect them (nested in classes, enums, records and
 * interfaces; the unnamed package), generated names that collide, deprecated and sealed
 * interfaces, and the one failure a correct processor cannot rule out. Every outcome is success or
 * tagged errors; only the refusing Filer may give {@code [structview.internal]}.
 */
class UnusualDeclarationsTest {

  @Test
  void interfacesNestedInClassesEnumsRecordsAndInterfacesGenerate() {
    JavaFileObject outer = source("Outer", """
        package test;
        import dev.structview.annotation.BufferFormat;

        public class Outer {
          @BufferFormat("<Ih")
          interface Tick {
            long id();
            short delta();
          }

          static class Holder {
            @BufferFormat("<I")
            interface Id {
              long id();
            }
          }

          enum Kind {
            A;

            @BufferFormat("<B")
            interface Code {
              int code();
            }
          }

          record Pair(int a, int b) {
            @BufferFormat("<B")
            interface Flag {
              int flag();
            }
          }

          interface Api {
            @BufferFormat("<?")
            interface Ok {
              boolean ok();
            }
          }
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          long sum(byte[] b) {
            return Outer_TickView.wrap(b).id() + Outer_Holder_IdView.wrap(b).id()
                + Outer_Kind_CodeView.wrap(b).code() + Outer_Pair_FlagView.wrap(b).flag()
                + (Outer_Api_OkView.wrap(b).ok() ? 1 : 0);
          }
        }
        """);
    assertThat(compile(outer, user)).succeededWithoutWarnings();
  }

  @Test
  void anInterfaceInTheUnnamedPackageGenerates() {
    JavaFileObject tick = JavaFileObjects.forSourceString("Tick", """
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        public interface Tick {
          long id();
          short delta();
        }
        """);
    JavaFileObject user = JavaFileObjects.forSourceString("User", """
        class User {
          long id(byte[] b) {
            return TickView.wrap(b).id();
          }
        }
        """);
    assertThat(compile(tick, user)).succeededWithoutWarnings();
  }

  @Test
  void anUnexpectedFailureIsAnInternalErrorOnTheInterfaceAndTheOthersStillGenerate() {
    JavaFileObject broken = source("Broken", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        public interface Broken {
          long id();
          short delta();
        }
        """);
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        public interface Tick {
          long id();
          short delta();
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          long id(byte[] b) {
            return TickView.wrap(b).id();
          }
        }
        """);
    Compilation compilation = compileWith(RefusingFilerProcessor.refusing("test.BrokenView"), broken, tick, user);
    assertOnlyError(compilation, Diagnostic.INTERNAL).on(broken, 5)
        .saying("structview could not process test.Broken because of an internal error",
            "java.io.IOException: No space left on device", "please report it");
    assertNoErrorsIn(compilation, user);
  }

  @Test
  void twoInterfacesNamingTheirClassAlikeAreTaggedErrors() {
    JavaFileObject request = source("Request", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih", name = "Same")
        interface Request {
          long id();
          short delta();
        }
        """);
    JavaFileObject response = source("Response", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih", name = "Same")
        interface Response {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(request, response);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.CLASS_EXISTS).on(response, 4).saying("test.Same");
  }

  @Test
  void aClassNameTakenByAnotherClassIsATaggedError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih", name = "Ticks")
        interface Tick {
          long id();
          short delta();
        }
        """);
    JavaFileObject ticks = source("Ticks", """
        package test;

        final class Ticks {
        }
        """);
    Compilation compilation = compile(tick, ticks);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.CLASS_EXISTS).on(tick, 4).saying("test.Ticks");
    assertNoErrorsIn(compilation, ticks);
  }

  @Test
  void aDeprecatedInterfaceGeneratesCleanUnderLint() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @Deprecated
        @BufferFormat("<Ih")
        public interface Tick {
          long id();

          @Deprecated
          short delta();
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
  }

  @Test
  void anInterfaceDeprecatedForRemovalGeneratesCleanUnderLint() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @Deprecated(forRemoval = true)
        @BufferFormat("<Ih")
        public interface Tick {
          long id();
          short delta();
          void id(long v);
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
  }

  @Test
  void deprecatedAccessorsNestedTypesAndEnclosingTypesGenerateCleanUnderLint() {
    // Each use the generated class makes: an accessor deprecated for removal, a setter taking a
    // deprecated type's array, a nested interface deprecated plainly and one whose enclosing type is
    // deprecated for removal, and an inherited deprecated accessor (overriding it warns too).
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @SuppressWarnings("removal") // the user's own use of Old; the generated class must need no more
        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:T{<B:v:}:tag:H:kind:")
        public interface Sprite extends Kinded {
          @Deprecated(forRemoval = true)
          long id();

          @Deprecated(forRemoval = true)
          void id(long v);

          Pos pos();

          Old.Tag tag();

          @Deprecated
          @BufferFormat("<H:x:H:y:")
          interface Pos {
            int x();
            int y();
          }
        }
        """);
    JavaFileObject old = source("Old", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @Deprecated(forRemoval = true)
        public final class Old {
          private Old() {}

          @BufferFormat("<B:v:")
          public interface Tag {
            int v();
          }
        }
        """);
    JavaFileObject kinded = source("Kinded", """
        package test;

        public interface Kinded {
          @Deprecated(forRemoval = true)
          int kind();
        }
        """);
    assertThat(compile(sprite, old, kinded)).succeededWithoutWarnings();
  }

  @Test
  void aSealedInterfacePermittingItsViewGenerates() {
    JavaFileObject shape = source("Shape", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii")
        public sealed interface Shape permits ShapeView {
          int width();
          int height();
        }
        """);
    assertThat(compile(shape)).succeededWithoutWarnings();
  }

  @Test
  void aSealedInterfaceNotPermittingItsViewIsATaggedError() {
    JavaFileObject shape = source("Shape", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii")
        public sealed interface Shape permits Shape.Fixed {
          int width();
          int height();

          record Fixed(int width, int height) implements Shape {
          }
        }
        """);
    Compilation compilation = compile(shape);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorCount(1);
    assertOnlyError(compilation, Diagnostic.SEALED).on(shape, 4).saying("interface Shape is sealed", "ShapeView", "permits clause");
  }

  @Test
  void aSourceLevelWithoutRecordsIsASourceLevelError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new BufferFormatProcessor())
        .withOptions("-source", "11", "-Xlint:-options").compile(tick);
    assertThat(compilation).hadErrorCount(1);
    assertOnlyError(compilation, Diagnostic.SOURCE_LEVEL).on(tick, 4)
        .saying("test.Tick needs source level 16 or later", "RELEASE_11", "--release 17");
  }
  /** Restricted identifiers name variables and methods, not classes: refused, not generated uncompilable. */
  @Test
  void aRestrictedIdentifierIsNotAClassName() {
    for (String name : java.util.List.of("var", "yield", "record", "sealed", "permits")) {
      JavaFileObject tick = source("Tick", """
          package test;
          import dev.structview.annotation.BufferFormat;

          @BufferFormat(value = "<I", name = "%s")
          interface Tick {
            long id();
          }
          """.formatted(name));
      Compilation compilation = compile(tick);
      assertNoCrash(compilation);
      assertOnlyError(compilation, Diagnostic.CLASS_NAME).on(tick, 4)
          .saying("generated class name \"" + name + "\" is not a Java identifier a class may take", "TickView");
    }
  }

  /** A default method that the generated static map(...) would have to implement is a clash. */
  @Test
  void aDefaultMethodWithTheSignatureOfAGeneratedMapIsAClash() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I")
        interface Tick {
          long id();
          default Object map(java.nio.file.Path file) { return null; }
          default Object map(java.nio.channels.FileChannel c, java.nio.channels.FileChannel.MapMode m, long a, long b) {
            return null;
          }
          default long map() { return id(); }
        }
        """);
    Compilation compilation = compile(tick);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Diagnostic.CLASH).on(tick, 7).saying("default method map(java.nio.file.Path)",
        "the generated static map(java.nio.file.Path)");
    assertError(compilation, Diagnostic.CLASH).on(tick, 8).saying("the generated static map(java.nio.channels.FileChannel");
  }

  /** A Serializable interface's view compiles without javac's serial warnings, under -Werror. */
  @Test
  void aSerializableInterfaceGeneratesWithoutWarnings() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick extends java.io.Serializable {
          long id();
          short delta();
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
    JavaFileObject base = source("Base", """
        package test;

        interface Base extends java.io.Serializable {}
        """);
    JavaFileObject inherited = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        @Deprecated
        interface Tick extends Base {
          long id();
          short delta();
        }
        """);
    assertThat(compile(base, inherited)).succeededWithoutWarnings();
  }
}
