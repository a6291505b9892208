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
 * Accessors that do not match the format's fields: too many, too few, a name no field has, a
 * format that names some fields only. A surplus accessor lands on itself; a field without one on
 * the format.
 */
class FieldBindingErrorsTest {

  @Test
  void anAccessorBeyondTheLastFieldIsAnExtraFieldsError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          short delta();
          int flags();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FIELDS_EXTRA).on(tick, 8)
        .saying("flags() has no field to bind to", "format \"<Ih\" has 2 value field(s), all bound",
            "add a code to the format or remove the method");
  }

  @Test
  void padsBindToNothingSoTheyDoNotCountAsFields() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I2xh")
        interface Tick {
          long id();
          short delta();
          int padding();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.FIELDS_EXTRA).on(tick, 8)
        .saying("padding() has no field to bind to", "has 2 value field(s)");
  }

  @Test
  void aFieldWithoutAnAccessorIsAMissingFieldsErrorOnTheFormat() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<IhB")
        interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FIELDS_MISSING).on(tick, 4).atColumn(15)
        .saying("field 'B' at index 3 of format \"<IhB\" has no accessor", "declare one",
            "or make it pad bytes with 'x'");
  }

  @Test
  void aNamedFieldWithoutAnAccessorIsAMissingFieldsError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:h:delta:B:flags:")
        interface Tick {
          long id();
          int flags();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.FIELDS_MISSING).on(tick, 4).saying("field 'h' at index 6");
  }

  @Test
  void padsAndZeroCountItemsNeedNoAccessor() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("@bq0l3x")
        interface Tick {
          byte kind();
          long id();
        }
        """);
    assertThat(compile(tick)).succeededWithoutWarnings();
  }

  @Test
  void anAccessorNamedAfterNoFieldIsAFieldNameError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:h:delta:")
        interface Tick {
          long id();
          short dleta();
        }
        """);
    Compilation compilation = compile(tick);
    // The typo leaves 'delta' unbound too: two true statements about one mistake.
    assertThat(compilation).hadErrorCount(2);
    Errors.assertError(compilation, Diagnostic.FIELD_NAME).on(tick, 7)
        .saying("dleta() has no field named 'dleta' in format \"<I:id:h:delta:\"", "the named fields are [id, delta]");
    Errors.assertError(compilation, Diagnostic.FIELDS_MISSING).on(tick, 4).saying("field 'h' at index 6");
  }

  @Test
  void beanAccessorsBindByTheirPropertyName() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:?:active:")
        interface Tick {
          long getId();
          boolean isEnabled();
        }
        """);
    Compilation compilation = compile(tick);
    Errors.assertError(compilation, Diagnostic.FIELD_NAME).on(tick, 7)
        .saying("isEnabled() has no field named 'enabled'", "the named fields are [id, active]");
  }

  @Test
  void namingSomeFieldsButNotOthersIsAnUnnamedFieldError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:hB:flags:")
        interface Tick {
          long id();
          short delta();
          int flags();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FIELD_UNNAMED).on(tick, 4).atColumn(15)
        .saying("field 'h' at index 6 has no name while other fields have one",
            "name every field, as in \"h:delta:\", or none");
  }

  @Test
  void aRepeatedStringIsAnArrayStringsError() {
    JavaFileObject names = source("Names", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:(2)4s:names:")
        interface Names {
          long id();
          String names();
        }
        """);
    assertOnlyError(compile(names), Diagnostic.ARRAY_STRINGS).on(names, 7)
        .saying("names() binds to '(2)4s' at index 6, which holds 2 strings", "write the strings as separate fields");
  }

  @Test
  void moreThan4096PropertiesIsAFieldsManyErrorOnTheFormat() {
    StringBuilder text = new StringBuilder("""
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<5000B")
        interface Telemetry {
        """);
    for (int i = 0; i < 5000; i++) {
      text.append("  int f").append(i).append("();\n");
    }
    JavaFileObject telemetry = source("Telemetry", text.append("}\n").toString());
    assertOnlyError(compile(telemetry), Diagnostic.FIELDS_MANY).on(telemetry, 4)
        .saying("interface Telemetry binds 5000 properties", "at most 4096", "65,535 constants",
            "group fields into nested T{...} structs");
  }

  @Test
  void aFormatTooLongForAClassFileConstantIsAFormatErrorNotAFailingView() {
    String format = "<" + "I:a_rather_long_field_name_for_a_telemetry_channel:".repeat(1300);
    StringBuilder text = new StringBuilder("""
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("%s")
        interface Telemetry {
          long a_rather_long_field_name_for_a_telemetry_channel();
        }
        """.formatted(format));
    JavaFileObject telemetry = source("Telemetry", text.toString());
    // javac may refuse the annotation value too; structview says why, and generates nothing that fails.
    Errors.assertError(compile(telemetry), Diagnostic.FORMAT).on(telemetry, 4)
        .saying("format is 66301 bytes of UTF-8", "holds at most 65535", "shorten the field names");
  }
}
