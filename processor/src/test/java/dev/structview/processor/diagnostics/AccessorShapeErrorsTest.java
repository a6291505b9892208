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
 * Methods that are not accessors, or not the right shape of one: mixed styles, bad parameters,
 * setters without a getter or of another type, duplicates, checked exceptions and names the
 * generated class needs. Each lands on the method, and is the only error: a rejected method does
 * not shift the others onto the wrong fields.
 */
class AccessorShapeErrorsTest {

  @Test
  void aRecordStyleGetterInABeanInterfaceIsAStyleError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<IhB")
        interface Tick {
          long getId();
          short getDelta();
          int flags();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.STYLE).on(tick, 8)
        .saying("getId() is a bean-style accessor but flags() is record style",
            "use one style per interface: id()/id(long) or getId()/setId(long)");
  }

  @Test
  void aBeanGetterInARecordStyleInterfaceIsAStyleError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<IhB")
        interface Tick {
          long id();
          short delta();
          int getFlags();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.STYLE).on(tick, 8)
        .saying("getFlags() is a bean-style accessor but id() is record style");
  }

  @Test
  void aRecordStyleSetterInABeanInterfaceIsAStyleError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long getId();
          short getDelta();
          void delta(short value);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.STYLE).on(tick, 8)
        .saying("getId() is a bean-style accessor but delta(short) is record style");
  }

  @Test
  void aLongIndexIsAGetterParameterError() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16h")
        interface Samples {
          long id();
          short sample(long index);
        }
        """);
    Compilation compilation = compile(samples);
    assertOnlyError(compilation, Diagnostic.GETTER_PARAMETERS).on(samples, 7)
        .saying("sample(long) takes parameters other than int indices",
            "a getter takes none, or one int index per dimension of a repeated field");
  }

  @Test
  void aLookupKeyIsAGetterParameterError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:h:delta:")
        interface Tick {
          long id();
          short delta();
          int field(String name);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.GETTER_PARAMETERS).on(tick, 8).saying("field(String) takes parameters");
  }

  @Test
  void aVoidMethodWithoutAValueIsAVoidGetterError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          void reset();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.VOID_GETTER).on(tick, 8)
        .saying("reset() returns void and takes no value", "neither reads nor writes a field",
            "remove it or give it a type");
  }

  @Test
  void aFluentSetterIsASetterReturnError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          Tick id(long value);
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.SETTER_RETURN).on(tick, 8)
        .saying("setter id(long) returns test.Tick", "a setter returns void");
  }

  @Test
  void aSetterReturningThePreviousValueIsASetterReturnError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          short delta(short value);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.SETTER_RETURN).on(tick, 8)
        .saying("setter delta(short) returns short", "a setter returns void");
  }

  @Test
  void aSetterWithoutAGetterIsAnOrphan() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          void delta(short value);
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.SETTER_ORPHAN).on(tick, 7)
        .saying("setter delta(short) has no getter delta()", "declare the getter too");
  }

  @Test
  void aBeanSetterWithoutAGetterNamesTheBeanGetter() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I?")
        interface Tick {
          long getId();
          void setActive(boolean active);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.SETTER_ORPHAN).on(tick, 7)
        .saying("setter setActive(boolean) has no getter isActive()");
  }

  @Test
  void aSetterOfAnotherTypeThanItsGetterIsASetterTypeError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          void id(int value);
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.SETTER_TYPE).on(tick, 8)
        .saying("setter id(int) takes int but the getter returns long", "take the getter's type");
  }

  @Test
  void anIndexedSetterOfAnotherElementTypeIsASetterTypeError() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16h")
        interface Samples {
          long id();
          short sample(int i);
          void sample(int i, int value);
        }
        """);
    assertOnlyError(compile(samples), Diagnostic.SETTER_TYPE).on(samples, 8)
        .saying("setter sample(int, int) takes int but the getter returns short");
  }

  @Test
  void anIndexedSetterBesideAScalarGetterIsAnIndexError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          void delta(int i, short value);
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.ARRAY_INDEX).on(tick, 8)
        .saying("delta(int, short) takes 1 index(es), but 'h' at index 2 has 0 dimension(s); take 0");
  }

  @Test
  void anIsAndAGetGetterForOneBooleanAreDuplicates() {
    JavaFileObject status = source("Status", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I?")
        interface Status {
          long getId();
          boolean isActive();
          boolean getActive();
        }
        """);
    Compilation compilation = compile(status);
    assertOnlyError(compilation, Diagnostic.DUPLICATE).on(status, 8)
        .saying("getActive() is a second getter for property 'active' (after isActive())", "keep one");
  }

  @Test
  void aCheckedExceptionIsAThrowsError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;
        import java.io.IOException;

        @BufferFormat("<Ih")
        interface Tick {
          long id() throws IOException;
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.THROWS).on(tick, 7)
        .saying("id() declares java.io.IOException", "accessors cannot throw checked exceptions",
            "remove the throws clause");
  }

  @Test
  void anAccessorNamedArrayClashesWithTheGeneratedMember() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I16h")
        interface Samples {
          long id();
          short[] array();
        }
        """);
    Compilation compilation = compile(samples);
    assertOnlyError(compilation, Diagnostic.CLASH).on(samples, 7)
        .saying("array() clashes with the generated member array(...)", "rename it");
  }

  @Test
  void aSetterNamedWrapClashesToo() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I?")
        interface Tick {
          long id();
          boolean wrap();
          void wrap(boolean value);
        }
        """);
    Compilation compilation = compile(tick);
    Errors.assertError(compilation, Diagnostic.CLASH).on(tick, 7).saying("wrap() clashes");
    Errors.assertError(compilation, Diagnostic.CLASH).on(tick, 8).saying("wrap(boolean) clashes");
  }

  @Test
  void indexedAccessorsMustTakeOneIndexPerDimensionOfTheirField() {
    // Each was once bound without its indexed method, leaving the generated class abstract.
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<3p4h")
        interface Tick {
          byte[] name();
          byte[] name(int i);
          short[] samples();
          void samples(int i, int j, short value);
        }
        """);
    Compilation compilation = compile(tick);
    assertThat(compilation).hadErrorCount(2);
    Errors.assertError(compilation, Diagnostic.ARRAY_INDEX).on(tick, 7)
        .saying("name(int) takes 1 index(es), but '3p' at index 1 has 0 dimension(s); take 0");
    Errors.assertError(compilation, Diagnostic.ARRAY_INDEX).on(tick, 9)
        .saying("samples(int, int, short) takes 2 index(es), but '4h' at index 3 has 1 dimension(s); take 1");
  }

  @Test
  void methodsNamedCloneOrFinalizeClashWithObjectsWhichTheGeneratedClassInherits() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Iq")
        interface Tick {
          long id();
          long clone();
          default int finalize() { return 0; }
        }
        """);
    Compilation compilation = compile(tick);
    Errors.assertError(compilation, Diagnostic.CLASH).on(tick, 7)
        .saying("clone() clashes with Object.clone(), which the generated class inherits", "rename it");
    Errors.assertError(compilation, Diagnostic.CLASH).on(tick, 8)
        .saying("default method finalize() clashes with Object.finalize(), which the generated class inherits");
  }

  @Test
  void bindingKeepsKeywordAndObjectMethodNamesOutOfTheValuesRecord() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ib2h")
        interface Tick {
          long getInt();
          byte getNew();
          short getWait(int i);
        }
        """);
    Compilation compilation = compile(tick);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TickView").contentsAsUtf8String()
        .contains("record Values(long int_, byte new_, short[] wait_)");
  }

  @Test
  void aRejectedAccessorDoesNotShiftTheOthersOntoTheWrongFields() {
    // Were id(String) dropped and binding went on, delta() would land on 'I' and be called too narrow.
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id(String unit);
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.GETTER_PARAMETERS).on(tick, 6).saying("id(String) takes parameters");
  }

  @Test
  void anIndexedGetterOfAnotherTypeThanTheArrayGetterIsAGetterTypeError() {
    JavaFileObject frame = source("Frame", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<3h")
        interface Frame {
          short[] samples();
          int samples(int i);
        }
        """);
    assertOnlyError(compile(frame), Diagnostic.GETTER_TYPE).on(frame, 6)
        .saying("samples() returns short[] but samples(int) returns int", "make the two getters agree");
  }

  @Test
  void aBeanSetterReturningAValueIsASetterReturnErrorNotAStyleError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii")
        interface Tick {
          int setA(int v);
          int getA();
          int getB();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.SETTER_RETURN).on(tick, 6)
        .saying("setter setA(int) returns int", "a setter returns void");
  }
}
