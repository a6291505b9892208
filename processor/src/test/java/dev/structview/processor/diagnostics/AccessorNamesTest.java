package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Accessor names that the generated code must take as the user's own: restricted identifiers, and
 * names of members the generated types declare themselves. Each compiles without a warning under
 * {@code -Xlint:all -Werror}.
 */
class AccessorNamesTest {

  /** {@code yield()} is a legal method name that Java lets no call name without a receiver. */
  @Test
  void restrictedIdentifiersAreCalledWithAReceiver() {
    JavaFileObject record = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii2h3q")
        public interface Rec {
          int yield();
          int record();
          short[] var();
          long sealed(int i);
          void yield(int v);
        }
        """);
    assertThat(compile(record)).succeededWithoutWarnings();
  }
  /** A bean {@code getPack()} is property {@code pack}, whose component would clash with {@code Values.pack()}. */
  @Test
  void componentsNamedLikeTheValuesRecordsOwnMethodsAreRenamed() {
    JavaFileObject bean = source("Bean", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i i")
        public interface Bean {
          int getPack();
          int getOther();
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          byte[] packed() {
            BeanView.Values values = new BeanView.Values(1, 2);
            return values.pack_() + values.other() == 3 ? values.pack() : BeanView.pack(1, 2);
          }
        }
        """);
    assertThat(compile(bean, user)).succeededWithoutWarnings();
  }

  /** An accessor {@code read$x()} beside an array {@code x}, whose private reader is named so. */
  @Test
  void privateHelpersAreRenamedAwayFromTheInterfacesMethods() {
    JavaFileObject record = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<2i i 2T{<h}")
        public interface Rec {
          int x(int i);
          int read$x();
          Pos pts(int i);
          default int read$pts() { return 0; }

          @BufferFormat("<h")
          interface Pos {
            short v();
          }
        }
        """);
    assertThat(compile(record)).succeededWithoutWarnings();
  }

  /** Past 128 properties equals, hashCode and toString split into helpers, named apart from accessors too. */
  @Test
  void objectMethodHelpersAreRenamedAwayFromTheInterfacesMethods() {
    StringBuilder accessors = new StringBuilder("  int[] hashCode$0(); int hashCode$0(int i);\n"
        + "  int[] equals$0();\n  boolean[] toString$0();\n");
    for (int k = 0; k < 130; k++) {
      accessors.append("  byte b").append(k).append("();\n");
    }
    JavaFileObject record = source("Wide", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
        + "@BufferFormat(\"<2i2i2?" + "b".repeat(130) + "\")\npublic interface Wide {\n" + accessors + "}\n");
    assertThat(compile(record)).succeededWithoutWarnings();
  }
  /**
   * javac takes an accessor name of up to 65,535 bytes, but the generated class carries names in
   * longer constants: a read-only refusal ("RecView over read-only memory: ... is not writable"),
   * and toString's recipe, which joins all names.
   */
  @Test
  void namesTooLongForTheConstantsThatCarryThemAreANameLengthError() {
    String name = "a".repeat(65_500);
    JavaFileObject one = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<i")
        public interface Rec {
          int %s();
          void %s(int v);
        }
        """.formatted(name, name));
    assertOnlyError(compile(one), Diagnostic.NAME_LENGTH).on(one, 4)
        .saying("property 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' (65500 characters) would take 65,547 bytes",
            "which holds at most 65,535", "shorten");
    JavaFileObject two = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii")
        public interface Rec {
          int %s();
          int %s();
        }
        """.formatted("a".repeat(33_000), "b".repeat(33_000)));
    assertOnlyError(compile(two), Diagnostic.NAME_LENGTH).on(two, 4)
        .saying("the 2 property names of Rec, which toString joins in one constant, would take");
    JavaFileObject fits = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<iii")
        public interface Rec {
          int %s1();
          int %s2();
          int %s3();
          void %s1(int v);
        }
        """.formatted("c".repeat(20_000), "c".repeat(20_000), "c".repeat(20_000), "c".repeat(20_000)));
    assertThat(compile(fits)).succeededWithoutWarnings();
  }
}
