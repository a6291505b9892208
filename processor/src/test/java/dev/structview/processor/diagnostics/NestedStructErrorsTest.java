package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nested {@code T{...}} structs bound to something other than a matching {@code @BufferFormat}
 * interface, or with a setter. Each lands on the outer interface's accessor.
 */
class NestedStructErrorsTest {

  @Test
  void aNestedStructBoundToAPlainInterfaceIsANestedTypeError() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          interface Pos {
            int x();
            int y();
          }
        }
        """);
    Compilation compilation = compile(sprite);
    assertOnlyError(compilation, Diagnostic.NESTED_TYPE).on(sprite, 7)
        .saying("pos() binds to the nested struct at index 6", "must return a @BufferFormat interface",
            "not test.Sprite.Pos");
  }

  @Test
  void aNestedInterfaceOfTheUnnamedPackageNamedAsAClassViewsDeclareIsANestedHiddenError() {
    for (String name : new String[] {"Type", "Values", "Cursor"}) {
      JavaFileObject pos = JavaFileObjects.forSourceString(name, """
          import dev.structview.annotation.BufferFormat;

          @BufferFormat("<H:x:H:y:")
          public interface %s {
            int x();
            int y();
          }
          """.formatted(name));
      JavaFileObject sprite = JavaFileObjects.forSourceString("Sprite", """
          import dev.structview.annotation.BufferFormat;

          @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
          interface Sprite {
            long id();
            %s pos();
          }
          """.formatted(name));
      Compilation compilation = compile(pos, sprite);
      assertOnlyError(compilation, Diagnostic.NESTED_HIDDEN).on(sprite, 6)
          .saying("pos() returns " + name + " of the unnamed package", "can name it only as " + name,
              "(Type, Values, Cursor, HeapCursor, RegionCursor, DirectCursor, LongCursor)", "move the interfaces into a package, or rename " + name);
    }
    // Declared in a class of that name: the outermost name is the one hidden.
    JavaFileObject holder = JavaFileObjects.forSourceString("Cursor", """
        import dev.structview.annotation.BufferFormat;

        public final class Cursor {
          @BufferFormat("<H:x:H:y:")
          public interface Pos {
            int x();
            int y();
          }
        }
        """);
    JavaFileObject sprite = JavaFileObjects.forSourceString("Sprite", """
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Cursor.Pos pos();
        }
        """);
    assertOnlyError(compile(holder, sprite), Diagnostic.NESTED_HIDDEN).on(sprite, 6).saying("Cursor.Pos");
    // In a package, generated code qualifies the name: it compiles.
    JavaFileObject named = source("Cursor", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<H:x:H:y:")
        public interface Cursor {
          int x();
          int y();
        }
        """);
    JavaFileObject packaged = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Cursor pos();
        }
        """);
    assertThat(compile(named, packaged)).succeededWithoutWarnings();
  }

  @Test
  void aNestedInterfaceWithAnotherLayoutIsANestedLayoutError() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("<HHH")
          interface Pos {
            int x();
            int y();
            int z();
          }
        }
        """);
    Compilation compilation = compile(sprite);
    assertOnlyError(compilation, Diagnostic.NESTED_LAYOUT).on(sprite, 7)
        .saying("pos() returns test.Sprite.Pos, whose format \"<HHH\" (6 bytes)",
            "does not lay out like the nested struct \"<H:x:H:y:\" at index 6 (4 bytes)", "make the two formats agree");
  }

  @Test
  void signedForUnsignedIsAnotherLayoutToo() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("<hh")
          interface Pos {
            short x();
            short y();
          }
        }
        """);
    assertOnlyError(compile(sprite), Diagnostic.NESTED_LAYOUT).on(sprite, 7)
        .saying("whose format \"<hh\" (4 bytes) does not lay out like the nested struct \"<H:x:H:y:\"");
  }

  /** Single bytes and strings have no byte order: a nested struct may spell them under either. */
  @Test
  void theByteOrderOfSingleBytesAndStringsDoesNotMatter() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{B:flag:?:ok:3s:tag:>H:n:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          @BufferFormat(">B?3sH")
          interface Pos {
            int flag();
            boolean ok();
            byte[] tag();
            int n();
          }
        }
        """);
    assertThat(compile(sprite)).succeededWithoutWarnings();
    JavaFileObject swapped = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{B:flag:?:ok:3s:tag:>H:n:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("<B?3sH")
          interface Pos {
            int flag();
            boolean ok();
            byte[] tag();
            int n();
          }
        }
        """);
    assertOnlyError(compile(swapped), Diagnostic.NESTED_LAYOUT).on(swapped, 7)
        .saying("whose format \"<B?3sH\" (7 bytes) does not lay out like the nested struct");
  }

  @Test
  void aSetterForANestedStructIsANestedSetterError() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();
          void pos(Pos pos);

          @BufferFormat("<HH")
          interface Pos {
            int x();
            int y();
          }
        }
        """);
    Compilation compilation = compile(sprite);
    assertOnlyError(compilation, Diagnostic.NESTED_SETTER).on(sprite, 8)
        .saying("pos(test.Sprite.Pos) sets a nested struct", "write its fields through the view that pos() returns");
  }

  @Test
  void aRepeatedNestedStructNeedsAnIndex() {
    JavaFileObject path = source("Path", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:4T{<H:x:H:y:}:points:")
        interface Path {
          long id();
          Point points();

          @BufferFormat("<HH")
          interface Point {
            int x();
            int y();
          }
        }
        """);
    assertOnlyError(compile(path), Diagnostic.ARRAY_INDEX).on(path, 7)
        .saying("points() takes 0 index(es), but '4T{...}' at index 6 has 1 dimension(s)", "take 1");
  }

  @Test
  void aMatchingNestedInterfaceGeneratesAndIsUsable() {
    JavaFileObject path = source("Path", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:4T{<H:x:H:y:}:points:")
        public interface Path {
          long id();
          Point points(int i);

          @BufferFormat("<HH")
          interface Point {
            int x();
            int y();
          }
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          int lastX(byte[] bytes) {
            return PathView.wrap(bytes).points(3).x();
          }
        }
        """);
    assertThat(compile(path, user)).succeededWithoutWarnings();
  }

  @Test
  void aNestedInterfaceWithoutCsTrailingPaddingIsToldWhichPadToAdd() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("@I:id:T{H:x:B:y:}:pos:")
        interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("@HB")
          interface Pos {
            int x();
            int y();
          }
        }
        """);
    assertOnlyError(compile(sprite), Diagnostic.NESTED_LAYOUT).on(sprite, 7)
        .saying("whose format \"@HB\" (3 bytes)", "(4 bytes)", "padded to 4 bytes, as a C struct is",
            "end the interface's format with '0i'", "\"@HB0i\"");
  }
}
