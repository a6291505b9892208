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
 * Mistakes in the annotation's values: the format, the size it lays out, {@code name()} and
 * {@code charset()}. Each lands on the value itself: its line, and the column where it starts.
 */
class FormatAndAnnotationErrorsTest {

  @Test
  void aCodeThatDoesNotExistIsAFormatErrorOnTheValueWithItsIndex() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ihz")
        public interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(tick, 4).atColumn(15)
        .saying("bad char in struct format", "'z' at index 3", "is not a format code", "use one of x c b B ? h H");
  }

  @Test
  void aNativeOnlyCodeUnderAStandardByteOrderNamesTheFix() {
    JavaFileObject header = source("Header", """
        package test;
        import dev.structview.annotation.BufferFormat;

        // size_t and ssize_t exist only in native mode
        @BufferFormat("<qn")
        interface Header {
          long magic();
          long length();
        }
        """);
    Compilation compilation = compile(header);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(header, 5).atColumn(15)
        .saying("'n' at index 2", "exists only in native mode", "drop the '<' byte order", "use 'q'");
  }

  @Test
  void aCountWithoutACodeIsAFormatError() {
    JavaFileObject samples = source("Samples", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I4")
        interface Samples {
          long id();
          short[] samples();
        }
        """);
    Compilation compilation = compile(samples);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(samples, 4)
        .saying("repeat count given without format specifier", "'4' at index 2", "follow the count with a code");
  }

  @Test
  void aFieldNameWithoutItsClosingColonIsAFormatError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:h:delta")
        interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(tick, 4)
        .saying("unterminated field name", "at index 7", "end the name with ':'");
  }

  @Test
  void aFieldNamedTwiceIsAFormatError() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:h:id:")
        interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(tick, 4)
        .saying("duplicate field name", "'id' is already a field of this struct");
  }

  @Test
  void aFormatSpreadOverConstantsIsReportedOnTheValue() {
    JavaFileObject packet = source("Packet", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(
            Packet.HEADER + "Hz")
        interface Packet {
          String HEADER = "<I";

          long id();
          int port();
        }
        """);
    Compilation compilation = compile(packet);
    assertOnlyError(compilation, Diagnostic.FORMAT).on(packet, 5).saying("'z' at index 3");
  }

  @Test
  void aRecordOverTwoGigabytesIsASizeError() {
    JavaFileObject blob = source("Blob", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I2147483647s")
        interface Blob {
          long length();
          byte[] payload();
        }
        """);
    Compilation compilation = compile(blob);
    assertOnlyError(compilation, Diagnostic.SIZE).on(blob, 4).atColumn(15)
        .saying("format \"<I2147483647s\" is 2147483651 bytes", "at most 2147483639 bytes", "split the record");
  }

  @Test
  void theLargestAddressableRecordStillGeneratesAndOneByteMoreDoesNot() {
    JavaFileObject largest = source("Largest", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<2147483639x")
        interface Largest {
        }
        """);
    assertThat(compile(largest)).succeededWithoutWarnings();

    JavaFileObject tooLarge = source("TooLarge", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<2147483640x")
        interface TooLarge {
        }
        """);
    assertOnlyError(compile(tooLarge), Diagnostic.SIZE).on(tooLarge, 4).saying("is 2147483640 bytes");
  }

  @Test
  void aQualifiedClassNameIsNotAJavaIdentifier() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih",
            name = "test.views.TickView")
        interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.CLASS_NAME).on(tick, 5).atColumn(12)
        .saying("generated class name \"test.views.TickView\" is not a Java identifier", "set name() to one",
            "leave it empty for \"TickView\"");
  }

  @Test
  void aKeywordIsNotAClassName() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih", name = "class")
        interface Tick {
          long id();
          short delta();
        }
        """);
    assertOnlyError(compile(tick), Diagnostic.CLASS_NAME).on(tick, 4).atColumn(37).saying("\"class\"");
  }

  @Test
  void theInterfacesOwnNameIsAClassClash() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<Ih",
            name = "Tick")
        public interface Tick {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertOnlyError(compilation, Diagnostic.CLASS_CLASH).on(tick, 5).atColumn(12)
        .saying("generated class name \"Tick\" is the interface's own name", "choose another name()",
            "leave it empty for \"TickView\"");
  }

  @Test
  void theNameOfAClassEveryViewDeclaresIsAClassMemberError() {
    for (String name : new String[] {"Type", "Values", "Cursor"}) {
      JavaFileObject tick = source("Tick", """
          package test;
          import dev.structview.annotation.BufferFormat;

          @BufferFormat(value = "<Ih",
              name = "%s")
          public interface Tick {
            long id();
            short delta();
          }
          """.formatted(name));
      Compilation compilation = compile(tick);
      assertOnlyError(compilation, Diagnostic.CLASS_MEMBER).on(tick, 5).atColumn(12)
          .saying("generated class name \"" + name + "\" is the name of a class that every generated class declares"
              + " (Type, Values, Cursor, HeapCursor, RegionCursor, DirectCursor, LongCursor)", "choose another name()", "leave it empty for \"TickView\"");
    }
  }

  @Test
  void anUnknownCharsetIsAnErrorOnTheCharsetValue() {
    JavaFileObject user = source("User", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<I32s",
            charset = "UTF_8")
        interface User {
          long id();
          String name();
        }
        """);
    Compilation compilation = compile(user);
    assertOnlyError(compilation, Diagnostic.CHARSET).on(user, 5).atColumn(15)
        .saying("charset \"UTF_8\" is not supported", "use a standard name such as", "\"UTF-8\"");
  }

  @Test
  void anIllegalCharsetNameIsReportedNotThrown() {
    JavaFileObject user = source("User", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<I32s", charset = "ISO 8859-1")
        interface User {
          long id();
          String name();
        }
        """);
    assertOnlyError(compile(user), Diagnostic.CHARSET).on(user, 4).saying("charset \"ISO 8859-1\" is not supported");
  }

  /**
   * An s field's String ends at its first NUL, so under UTF-16 or UTF-32 a String written would
   * not read back ("AB" wrote 41 00 42 00 and read "A"); a p field has its length and is fine, and
   * so is a byte[] accessor.
   */
  @Test
  void aCharsetThatEncodesNulBytesCannotBackAnSFieldsString() {
    for (String charset : java.util.List.of("UTF-16LE", "UTF-16", "UTF-32BE")) {
      JavaFileObject user = source("User", """
          package test;
          import dev.structview.annotation.BufferFormat;

          @BufferFormat(value = "<I8s8p8s", charset = "%s")
          interface User {
            long id();
            String name();
            String title();
            byte[] raw();
          }
          """.formatted(charset));
      assertOnlyError(compile(user), Diagnostic.CHARSET_NUL).on(user, 7)
          .saying("name() reads the s field at index 2 as a String up to its first NUL byte, but charset \""
              + charset + "\" encodes characters with NUL bytes");
    }
    JavaFileObject fine = source("User", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<I8p", charset = "UTF-16LE")
        interface User {
          long id();
          String title();
        }
        """);
    assertThat(compile(fine)).succeededWithoutWarnings();
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    JavaFileObject user = source("User", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<I32s",
            name = "User",
            charset = "Latin-1")
        interface User {
          long id();
          String name();
        }
        """);
    Compilation compilation = compile(user);
    assertThat(compilation).hadErrorCount(2);
    Errors.assertError(compilation, Diagnostic.CLASS_CLASH).on(user, 5);
    Errors.assertError(compilation, Diagnostic.CHARSET).on(user, 6).saying("\"Latin-1\"");
  }

  @Test
  void aShapeAfterItsCountIsAFormatErrorSayingTheShapeGoesFirst() {
    // NumPy's PEP 3118 reader refuses "2(3)s" too and reads "(2)3s" as two 3-byte strings (S3, (2,)).
    JavaFileObject names = source("Names", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:2(3)s:names:")
        interface Names {
          long id();
        }
        """);
    assertOnlyError(compile(names), Diagnostic.FORMAT).on(names, 4)
        .saying("bad shape", "'(' at index 7", "a shape goes before the count", "write '(2)3s'");
  }
}
