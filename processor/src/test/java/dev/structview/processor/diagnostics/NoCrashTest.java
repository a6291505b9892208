package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertError;
import static dev.structview.processor.diagnostics.Errors.assertNoCrash;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs likely to break a processor: missing types, odd and huge formats, deep and
 * self-referring nesting. Every outcome is success or tagged errors (javac's own, for code javac
 * rejects), never {@code [structview.internal]} nor a javac crash.
 */
class NoCrashTest {

  @Test
  void anAccessorReturningATypeThatDoesNotExistLeavesTheErrorToJavac() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ih")
        interface Tick {
          long id();
          Delta delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(tick).onLine(7);
  }

  @Test
  void aNestedStructOfATypeThatDoesNotExistLeavesTheErrorToJavac() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();
        }
        """);
    Compilation compilation = compile(sprite);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(sprite).onLine(7);
  }

  @Test
  void aFormatConstantThatDoesNotExistLeavesTheErrorToJavac() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(Formats.TICK)
        interface Tick {
          long id();
        }
        """);
    Compilation compilation = compile(tick);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(tick).onLine(4);
  }

  @Test
  void aNonConstantFormatLeavesTheErrorToJavac() {
    JavaFileObject tick = source("Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(Tick.FORMAT)
        interface Tick {
          String FORMAT = new String("<Ih");

          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(tick);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("must be a constant expression").inFile(tick).onLine(4);
  }

  @Test
  void anEmptyFormatGeneratesAnEmptyView() {
    JavaFileObject marker = source("Marker", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("")
        public interface Marker {
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          int size() {
            return MarkerView.SIZE + MarkerView.wrap(new byte[0]).recordOffset();
          }
        }
        """);
    assertThat(compile(marker, user)).succeededWithoutWarnings();
  }

  @Test
  void aFormatOfOnlyPadsGeneratesAViewWithoutAccessors() {
    JavaFileObject reserved = source("Reserved", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<16x")
        public interface Reserved {
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          int size() {
            return ReservedView.SIZE;
          }
        }
        """);
    assertThat(compile(reserved, user)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2147483647x", "<2147483648x", "<9223372036854775807x", "<9223372036854775808x", "<99999999999999999999x",
      "<1073741824i", "<536870912q", "<2147483647s", "<2147483647p", "<(65536,65536)h", "<(3037000500,3037000500)q",
      "<4294967296T{i}", "<2147483647T{2147483647x}", "@b9223372036854775800q", "<i9223372036854775806x"})
  void aHugeFormatIsOneTaggedErrorOnTheFormat(String format) {
    JavaFileObject blob = source("Blob", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("%s")
        interface Blob {
        }
        """.formatted(format));
    Compilation compilation = compile(blob);
    assertThat(compilation).hadErrorCount(1);
    String message = Errors.message(compilation.errors().get(0));
    assertTrue(message.startsWith("[structview.size] ") || message.startsWith("[structview.format] "), message);
    assertError(compilation, message.startsWith("[structview.size]") ? Diagnostic.SIZE : Diagnostic.FORMAT)
        .on(blob, 4).atColumn(15);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "   ", "^", "!@=<>^", ":", "I::", "I:1a:", "x:pad:", "3", "T{<i}3", "(", "(2,", "(2)", "((2))h", "(0)h",
      "(2)3h", "(2)x", "(2)10s", "0s", "0p", "2T{}", "T{}:x:", "T{T{T{}}}", "(1)T{}", "T{0i}", "<T{>i}:a:",
      "iT{", "}}", "T{}}", "Z", "\\u00e4", "\\0", "I\\0", "\\n\\t I", "@c i", "T{<i:a:}:b:i", "I:id:I:id:",
      "9999999999T{}"})
  void anOddFormatIsSuccessOrTaggedErrors(String format) {
    JavaFileObject odd = source("Odd", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("%s")
        interface Odd {
        }
        """.formatted(format));
    Compilation compilation = compile(odd);
    assertNoCrash(compilation);
    compilation.errors().forEach(e ->
        assertTrue(Errors.message(e).startsWith("[structview."), () -> "untagged error for \"" + format + "\": " + e));
  }

  @Test
  void sixtyFourLevelsOfNestingBindAndASixtyFifthIsAFormatError() {
    String deepest = "<" + "T{".repeat(63) + "i:v:" + "}:n:".repeat(63);
    JavaFileObject deep = source("Deep", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("T{%s}:n:")
        public interface Deep {
          L63 n();
        %s}
        """.formatted(deepest, levels(63)));
    assertThat(compile(deep)).succeededWithoutWarnings();

    JavaFileObject tooDeep = source("TooDeep", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("T{T{%s}:n:}:n:")
        interface TooDeep {
        }
        """.formatted(deepest));
    assertOnlyError(compile(tooDeep), Diagnostic.FORMAT).on(tooDeep, 4)
        .saying("structs nested too deeply", "at index 129", "nest at most 64 levels of T{...}");
  }

  @Test
  void anInterfaceNestingItselfWithAnotherLayoutIsANestedLayoutError() {
    JavaFileObject node = source("Node", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i:value:T{<i:value:}:next:")
        interface Node {
          int value();
          Node next();
        }
        """);
    assertOnlyError(compile(node), Diagnostic.NESTED_LAYOUT).on(node, 7)
        .saying("next() returns test.Node, whose format \"<i:value:T{<i:value:}:next:\" (8 bytes)",
            "nested struct \"<i:value:\" at index 9 (4 bytes)");
  }

  @Test
  void anInterfaceNestingItselfWithTheSameBytesIsANestedLayoutError() {
    // Its format flattens to the nested struct's bytes, but binding it would make its generated
    // equals, hashCode, toString and unpack recurse without end: layouts agree level by level.
    JavaFileObject box = source("Box", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<T{<i:v:}:inner:")
        public interface Box {
          Box inner();
        }
        """);
    assertOnlyError(compile(box), Diagnostic.NESTED_LAYOUT).on(box, 6)
        .saying("inner() returns test.Box, whose format \"<T{<i:v:}:inner:\" (4 bytes)");
  }

  @Test
  void aRepeatCountBeyondIntIsATaggedError() {
    JavaFileObject log = source("Log", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:9999999999T{}:marks:")
        interface Log {
          long id();
          Mark marks(int i);

          @BufferFormat("")
          interface Mark {
          }
        }
        """);
    Compilation compilation = compile(log);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.ELEMENTS).on(log, 4).saying("repeats 9999999999 elements");
  }

  /** Interfaces {@code L0} ({@code "<i"}) to {@code Ln}, each {@code Lk} nesting one {@code Lk-1}. */
  private static String levels(int n) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k <= n; k++) {
      String format = "<" + "T{".repeat(k) + "i:v:" + "}:n:".repeat(k);
      String accessor = k == 0 ? "int v();" : "L" + (k - 1) + " n();";
      out.append("  @BufferFormat(\"").append(format).append("\")\n  interface L").append(k)
          .append(" {\n    ").append(accessor).append("\n  }\n");
    }
    return out.toString();
  }

  @Test
  void aNestedStructOfATypeThatDoesNotExistInASuperinterfaceLeavesTheErrorToJavacAlone() {
    JavaFileObject shape = source("Shape", """
        package test;
        import dev.structview.annotation.BufferFormat;

        interface Placed {
          Pos pos();
        }

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Shape extends Placed {
          long id();
        }
        """);
    Compilation compilation = compile(shape);
    assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(shape).onLine(5);
    assertEquals(1, compilation.errors().size(), () -> "only javac's error, no [structview.nested.type]: "
        + compilation.errors());
  }
}
