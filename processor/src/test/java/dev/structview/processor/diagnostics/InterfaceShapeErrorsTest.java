package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in the annotated type itself: not an interface, generic, private, auxiliary, or
 * inheriting its accessors. These land on the {@code @BufferFormat} annotation of the type (the javadoc's "the
 * annotation value ... or the method"; the brief that asked for this suite expected the
 * interface's own line, an open question).
 */
class InterfaceShapeErrorsTest {

  @Test
  void anAnnotatedClassIsATargetError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        public abstract class Tick {
          public abstract long id();
          public abstract short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.TARGET).on(tick, 4)
        .saying("@BufferFormat applies to interfaces only", "class Tick is annotated", "declare it as an interface");
  }

  @Test
  void anAnnotatedRecordIsATargetError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        public record Tick(long id, short delta) {
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.TARGET).on(tick, 4).saying("record Tick is annotated");
  }

  @Test
  void anAnnotatedEnumOrAnnotationTypeIsATargetError() {
    JavaFileObject kinds = source("Kinds", """
        package test;
        import dev.structview.annotation.BufferFormat;

        class Kinds {
          @BufferFormat("<B")
          enum Color { RED, GREEN }

          @BufferFormat("<B")
          @interface Flag {
            int value();
          }
        }
        """);
    Compilation compilation = compile(kinds);
    assertThat(compilation).hadErrorCount(2);
    Errors.assertError(compilation, Diagnostic.TARGET).on(kinds, 5).saying("enum Color is annotated");
    Errors.assertError(compilation, Diagnostic.TARGET).on(kinds, 8).saying("annotation type Flag is annotated");
  }

  @Test
  void typeParametersAreAGenericError() {
    JavaFileObject sample = source("Sample", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Iq")
        public interface Sample<T extends Number> {
          long id();
          long value();
        }
        """);
    Compilation compilation = compile(sample);
    assertOnlyError(compilation, Diagnostic.GENERIC).on(sample, 4)
        .saying("interface Sample has type parameters T", "a record's layout is fixed", "remove them");
  }

  @Test
  void aPrivateInterfaceIsAnAccessError() {
    JavaFileObject protocol = source("Protocol", """
        package test;
        import dev.structview.annotation.BufferFormat;

        public class Protocol {
          @BufferFormat("<Ih")
          private interface Tick {
            long id();
            short delta();
          }
        }
        """);
    Compilation compilation = compile(protocol);
    assertOnlyError(compilation, Diagnostic.ACCESS).on(protocol, 5)
        .saying("interface Tick cannot be implemented by its generated class", "because it is private",
            "make Tick package-private or public");
  }

  @Test
  void aPrivateEnclosingClassIsNamedAsTheOneToChange() {
    JavaFileObject protocol = source("Protocol", """
        package test;
        import dev.structview.annotation.BufferFormat;

        public class Protocol {
          private static class V2 {
            @BufferFormat("<Ih")
            interface Tick {
              long id();
              short delta();
            }
          }
        }
        """);
    Compilation compilation = compile(protocol);
    assertOnlyError(compilation, Diagnostic.ACCESS).on(protocol, 6)
        .saying("interface Tick cannot be implemented", "because class V2 is private", "make V2 package-private");
  }

  @Test
  void anAccessorInheritedFromASuperinterfaceIsAnInheritedError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface HasId {
          long id();
        }

        @BufferFormat("<Ih")
        interface Tick extends HasId {
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.INHERITED).on(tick, 8)
        .saying("id() is inherited from test.HasId", "redeclare it in the @BufferFormat interface",
            "or name every field");
  }

  @Test
  void aMistakeInAnInheritedAccessorLandsOnTheInterfaceNamingWhereItComesFrom() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface HasId {
          String id();
        }

        @BufferFormat("<I:id:h:delta:")
        interface Tick extends HasId {
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.TYPE_CODE).on(tick, 9).saying("HasId.id() returns String");
  }

  @Test
  void anAccessorInheritedTwoLevelsUpIsFoundOnce() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface HasId {
          long id();
        }

        interface Event extends HasId {
        }

        interface Keyed extends HasId {
        }

        @BufferFormat("<Ih")
        interface Tick extends Event, Keyed {
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.INHERITED).on(tick, 14).saying("id() is inherited from test.HasId");
  }

  @Test
  void anInheritedAccessorRedeclaredInTheInterfaceIsFine() {
    // The fix the inherited error proposes: declare the accessor in the interface itself.
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface HasId {
          long id();
        }

        @BufferFormat("<Ih")
        interface Tick extends HasId {
          @Override
          long id();

          short delta();
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
  }

  @Test
  void anInheritedMethodImplementedByADefaultIsLeftAlone() {
    // Default methods are the user's own, including those implementing a superinterface.
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface Described {
          String describe();
        }

        @BufferFormat("<Ih")
        interface Tick extends Described {
          long id();
          short delta();

          @Override
          default String describe() {
            return "tick " + id();
          }
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
  }
  /**
   * Two superinterfaces declaring the same accessor give the interface one method, implemented
   * once; of covariant ones ({@code CharSequence} and {@code String}) the narrower type serves both.
   */
  @Test
  void theSameAccessorFromTwoSuperinterfacesBindsOnce() {
    JavaFileObject a = source("A", """
        package test;

        interface A {
          int x();
          void x(int v);
          CharSequence name();
        }
        """);
    JavaFileObject b = source("B", """
        package test;

        interface B {
          int x();
          void x(int v);
          String name();
        }
        """);
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i:x: 4s:name:")
        interface Tick extends A, B {
        }
        """);
    JavaFileObject tock = source("Tock", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i:x: 4s:name:")
        interface Tock extends A, B {
          int x();
        }
        """);
    assertThat(compile(a, b, tick, tock)).succeededWithoutWarnings();
  }
  /**
   * javac warns of every use of an auxiliary class from another file, the generated class's
   * {@code implements} clause included, and no {@code @SuppressWarnings} silences it: refused, with
   * the remedy, and the file's other interface still generates.
   */
  @Test
  void anAuxiliaryInterfaceOrOneNestedInAnAuxiliaryClassIsAnAuxiliaryError() {
    JavaFileObject records = source("Records", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i")
        public interface Records { int a(); }

        @BufferFormat("<q")
        interface Stamp { long v(); }
        """);
    Compilation compilation = compile(records);
    assertOnlyError(compilation, Diagnostic.AUXILIARY).on(records, 7)
        .saying("interface Stamp is declared in Records.java, a source file named for another type",
            "[auxiliaryclass]", "the generated class StampView", "move it into a file of its own, Stamp.java");
    JavaFileObject holder = source("Records", """
        package test;
        import dev.structview.annotation.BufferFormat;

        class Holder {
          @BufferFormat("<q")
          interface Stamp { long v(); }
        }
        """);
    assertOnlyError(compile(holder), Diagnostic.AUXILIARY).on(holder, 5)
        .saying("interface Stamp is nested in Holder, declared in Records.java",
            "the generated class Holder_StampView", "move Holder into a file of its own, Holder.java");
  }
}
