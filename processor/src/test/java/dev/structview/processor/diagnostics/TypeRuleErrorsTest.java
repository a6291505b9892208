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
 * Java types that do not fit their codes (too narrow, the wrong kind, no code at all) and arrays
 * that do not fit their counts. Each lands on the accessor, naming the code and what to use.
 */
class TypeRuleErrorsTest {

  @Test
  void aByteForAShortIsTooNarrow() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          byte delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.TYPE_NARROW).on(tick, 7)
        .saying("delta() returns byte, too narrow for 'h' (a signed 16-bit integer)", "use short (or int, long)");
  }

  @Test
  void aShortForAnUnsigned32BitCodeIsTooNarrow() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(">Ih")
        interface Tick {
          short id();
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.TYPE_NARROW).on(tick, 6)
        .saying("id() returns short, too narrow for 'I' (an unsigned 32-bit integer)",
            "use long (the value) or int (the raw bits)");
  }

  @Test
  void aFloatForADoubleIsTooNarrow() {
    JavaFileObject quote = source("Quote", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<qd")
        interface Quote {
          long time();
          float price();
        }
        """);
    assertOnlyError(compile(quote), Diagnostic.TYPE_NARROW).on(quote, 7)
        .saying("price() returns float, too narrow for 'd' (a 64-bit float)", "use double");
  }

  @Test
  void anArrayOfTooNarrowElementsIsTooNarrowAsDeclared() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16i")
        interface Samples {
          long id();
          short[] samples();
        }
        """);
    assertOnlyError(compile(samples), Diagnostic.TYPE_NARROW).on(samples, 7)
        .saying("samples() returns short[], too narrow for 'i' (a signed 32-bit integer)", "use int[] (or long[])");
  }

  @Test
  void anIntForABooleanIsTheWrongKind() {
    JavaFileObject status = source("Status", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I?")
        interface Status {
          long id();
          int ok();
        }
        """);
    Compilation compilation = compile(status);
    assertOnlyError(compilation, Diagnostic.TYPE_CODE).on(status, 7)
        .saying("ok() returns int, but '?' at index 2 holds a boolean", "use boolean");
  }

  @Test
  void aLongForADoubleIsTheWrongKind() {
    JavaFileObject quote = source("Quote", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<qd")
        interface Quote {
          long time();
          long price();
        }
        """);
    assertOnlyError(compile(quote), Diagnostic.TYPE_CODE).on(quote, 7)
        .saying("price() returns long, but 'd' at index 2 holds a 64-bit float", "use double");
  }

  @Test
  void anArrayOfTheWrongKindSuggestsArrays() {
    JavaFileObject flags = source("Flags", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I4I")
        interface Flags {
          long id();
          boolean[] masks();
        }
        """);
    assertOnlyError(compile(flags), Diagnostic.TYPE_CODE).on(flags, 7)
        .saying("masks() returns boolean[], but 'I' at index 2 holds an unsigned 32-bit integer",
            "use long[] (the value) or int[] (the raw bits)");
  }

  @Test
  void aCharForASignedByteIsTheWrongKindNotTooNarrow() {
    // A char is 16 bits: wider than 'b', but unsigned, so it cannot hold the negative values.
    JavaFileObject key = source("Key", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<bb")
        interface Key {
          byte code();
          char modifier();
        }
        """);
    assertOnlyError(compile(key), Diagnostic.TYPE_CODE).on(key, 7)
        .saying("modifier() returns char, but 'b' at index 2 holds a signed 8-bit integer", "use byte");
  }

  @Test
  void aCharArrayForAStringIsTheWrongKind() {
    JavaFileObject user = source("User", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16s")
        interface User {
          long id();
          char[] name();
        }
        """);
    assertOnlyError(compile(user), Diagnostic.TYPE_CODE).on(user, 7)
        .saying("name() returns char[], but 's' at index 2 holds a 16-byte string", "use byte[] or String");
  }

  @Test
  void aBoxedLongIsUnsupported() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Iq")
        interface Tick {
          long id();
          Long stamp();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.TYPE_UNSUPPORTED).on(tick, 7)
        .saying("stamp() returns java.lang.Long, which no format code binds to", "use long");
  }

  @Test
  void anInstantIsUnsupported() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;
        import java.time.Instant;

        @BufferFormat("<Iq")
        interface Tick {
          long id();
          Instant time();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.TYPE_UNSUPPORTED).on(tick, 8)
        .saying("time() returns java.time.Instant, which no format code binds to", "use long");
  }

  @Test
  void anArrayForOneValueIsAnArrayScalarError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short[] delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.ARRAY_SCALAR).on(tick, 7)
        .saying("delta() returns an array, but 'h' at index 2 holds one value", "return short (or int, long)",
            "or give the code a count");
  }

  @Test
  void oneIndexIntoATwoDimensionalFieldIsAnArrayIndexError() {
    JavaFileObject image = source("Image", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I(2,3)h")
        interface Image {
          long id();
          short pixel(int i);
        }
        """);
    Compilation compilation = compile(image);
    assertOnlyError(compilation, Diagnostic.ARRAY_INDEX).on(image, 7)
        .saying("pixel(int) takes 1 index(es), but '(2,3)h' at index 2 has 2 dimension(s)", "take 2");
  }

  @Test
  void twoIndicesIntoAFlatFieldIsAnArrayIndexError() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16h")
        interface Samples {
          long id();
          short sample(int channel, int i);
        }
        """);
    assertOnlyError(compile(samples), Diagnostic.ARRAY_INDEX).on(samples, 7)
        .saying("sample(int, int) takes 2 index(es), but '16h' at index 2 has 1 dimension(s)", "take 1");
  }

  @Test
  void anIndexIntoOneValueIsAnArrayIndexError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id(int i);
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.ARRAY_INDEX).on(tick, 6)
        .saying("id(int) takes 1 index(es), but 'I' at index 1 has 0 dimension(s)", "take 0");
  }

  /** A shape of one element has dimensions, but binds as one value: the message says so, not "0 dimension(s)". */
  @Test
  void indicesIntoAShapeOfOneElementAreAnArrayIndexErrorSayingItIsOneValue() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I(1,1)i")
        interface Tick {
          long id();
          int a(int i, int j);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.ARRAY_INDEX).on(tick, 7)
        .saying("a(int, int) takes 2 index(es), but '(1,1)i' at index 2 holds a single element (every extent of its "
            + "shape is 1), so it binds as one value with no index; take 0");
  }

  @Test
  void tooFewScalarsForARepeatedFieldIsAnArrayScalarsError() {
    JavaFileObject point = source("Point", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I3f")
        interface Point {
          long id();
          float x();
          float y();
        }
        """);
    Compilation compilation = compile(point);
    assertOnlyError(compilation, Diagnostic.SCALARS_SHORT).on(point, 7)
        .saying("'3f' at index 2 repeats 3 times but only 2 accessor(s) follow it",
            "bind it to an array such as float[] x()", "or to 3 accessors");
  }

  @Test
  void aScalarForANamedRepeatedFieldIsAnArrayScalarsError() {
    JavaFileObject point = source("Point", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:3f:xyz:")
        interface Point {
          long id();
          float xyz();
        }
        """);
    assertOnlyError(compile(point), Diagnostic.SCALARS_SHORT).on(point, 7)
        .saying("'3f' at index 6 repeats 3 times but only 1 accessor(s) follow it", "float[] xyz()");
  }

  @Test
  void oneScalarForASubarrayIsAnArrayScalarsError() {
    JavaFileObject image = source("Image", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I(2,3)h")
        interface Image {
          long id();
          short pixel();
        }
        """);
    assertOnlyError(compile(image), Diagnostic.SCALARS_SHORT).on(image, 7)
        .saying("'(2,3)h' at index 2 repeats 6 times but only 1 accessor(s) follow it", "short[] pixel()",
            "or to 6 accessors");
  }

  @Test
  void aSubarrayBindsToAsManyScalarsInOrder() {
    JavaFileObject matrix = source("Matrix", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<(2,2)f")
        public interface Matrix {
          float a();
          float b();
          float c();
          float d();
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          float determinant(byte[] bytes) {
            MatrixView m = MatrixView.wrap(bytes);
            return m.a() * m.d() - m.b() * m.c();
          }
        }
        """);
    assertThat(compile(matrix, user)).succeededWithoutWarnings();
  }
}
