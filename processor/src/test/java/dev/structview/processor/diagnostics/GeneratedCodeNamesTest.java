package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertError;
import static dev.structview.processor.diagnostics.Errors.assertNoCrash;
import static dev.structview.processor.diagnostics.Errors.assertOnlyError;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.report.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every name the generated code uses, taken from the code itself, as the user's name in its scope:
 * an inherited constant (which obscures a type or package in an expression), an inherited member
 * type (which hides a type anywhere), a class of its package generated in the same round (which
 * hides {@code java.lang}'s). Each compiles without a warning under {@code -Xlint:all -Werror}, or,
 * where no name can be written at all, is a tagged error, never generated code that fails.
 */
class GeneratedCodeNamesTest {
  /** Every kind of value the generated code converts, repeated, indexed, nested and packed. */
  private static final String FORMAT = "<f:f: d:d: e:h: 4s:s: 3h:a: (2,2)i:g: I:u: ?:ok: 5p:p: c:ch: Q:big: "
      + "2Q:bigs: T{<hh}:pos: 2T{<hh}:pts:";
  private static final String ACCESSORS = """
        float f(); void f(float v);
        double d(); void d(double v);
        float h(); void h(float v);
        java.lang.String s(); void s(java.lang.String v);
        short[] a(); void a(short[] v); short a(int i); void a(int i, short v);
        int[] g(); int g(int i, int j); void g(int i, int j, int v);
        long u(); void u(long v);
        boolean ok(); void ok(boolean v);
        byte[] p(); void p(byte[] v);
        char ch(); void ch(char v);
        java.math.BigInteger big(); void big(java.math.BigInteger v);
        java.math.BigInteger[] bigs();
        Pos pos();
        Pos pts(int i);
      """;
  private static final JavaFileObject POS = source("Pos", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<hh")
      public interface Pos {
        short x();
        short y();
      }
      """);
  /** The user's classes the fixture's code names: hidden where it names them, they are refused (tested below). */
  private static final Set<String> USER_CLASSES = Set.of("Rec", "RecView", "Pos", "PosView", "Base");

  /** Names a variable may take but a type may not (JLS 3.9). */
  private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

  private static JavaFileObject rec(String extendsClause) {
    return source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n@BufferFormat(\"" + FORMAT
        + "\")\npublic interface Rec" + extendsClause + " {\n" + ACCESSORS + "}\n");
  }

  private static JavaFileObject base(String members) {
    return source("Base", "package test;\n\npublic interface Base {\n" + members + "}\n");
  }

  /** The identifiers of the code generated for the fixture, outside comments and strings, keywords left out. */
  private static Set<String> generatedIdentifiers() {
    Compilation compilation = compile(rec(""), POS);
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> names = new TreeSet<>();
    for (String view : List.of("test.RecView", "test.PosView")) {
      String code = read(compilation.generatedSourceFile(view).orElseThrow())
          .replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ").replaceAll("\"[^\"\n]*\"", " ");
      Matcher m = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*").matcher(code.substring(code.indexOf("public final class")));
      while (m.find()) {
        names.add(m.group());
      }
    }
    names.removeIf(name -> SourceVersion.isKeyword(name) || USER_CLASSES.contains(name)
        || List.of("java", "javax", "dev").contains(name));
    assertTrue(names.containsAll(Set.of("Float", "ByteStore", "Conversions", "Arrays", "Objects", "store", "values")),
        "the fixture's code names too little: " + names);
    return names;
  }

  private static String read(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 6b of the second processor hunt: `int Float = 0;` beside a float obscured Float.intBitsToFloat. */
  @Test
  void inheritedConstantsNamedLikeEveryNameOfTheGeneratedCodeObscureNothing() {
    Set<String> names = generatedIdentifiers();
    names.addAll(List.of("Rec", "RecView", "Pos")); // named only where a type is expected: no variable hides them
    String constants = names.stream().map(name -> "  int " + name + " = 0;\n").collect(Collectors.joining());
    assertThat(compile(base(constants), rec(" extends Base"), POS)).succeededWithoutWarnings();
  }

  @Test
  void inheritedMemberTypesNamedLikeEveryNameOfTheGeneratedCodeHideNothing() {
    String types = generatedIdentifiers().stream().filter(name -> !RESTRICTED_TYPE_NAMES.contains(name))
        .map(name -> "  final class " + name + " {}\n").collect(Collectors.joining());
    assertThat(compile(base(types), rec(" extends Base"), POS)).succeededWithoutWarnings();
  }

  /** Nothing is qualified here, so the root packages may be constants and member types alike. */
  @Test
  void rootPackagesAsConstantsAndMemberTypesHideNothingWhenNothingIsQualified() {
    assertThat(compile(base("  int java = 0;\n  int dev = 0;\n  final class javax {}\n"), rec(" extends Base"), POS))
        .succeededWithoutWarnings();
  }

  /** 6d: classes generated in the same round hide java.lang's, which the others then qualify. */
  @Test
  void siblingClassesNamedLikeEveryJavaLangTypeOfTheGeneratedCodeHideNothing() {
    List<JavaFileObject> sources = new ArrayList<>(List.of(rec(""), POS));
    for (String name : generatedIdentifiers()) {
      if (isJavaLang(name)) {
        sources.add(source("S" + name, "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
            + "@BufferFormat(value = \"<b\", name = \"" + name + "\")\ninterface S" + name + " {\n  byte b();\n}\n"));
      }
    }
    assertTrue(sources.size() > 10, "the fixture names too few java.lang types");
    assertThat(compile(sources.toArray(new JavaFileObject[0]))).succeededWithoutWarnings();
  }

  private static boolean isJavaLang(String name) {
    try {
      Class.forName("java.lang." + name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** A hidden type is written qualified, which a hidden root package forbids: a tagged error. */
  @Test
  void aHiddenTypeWhoseRootPackageIsHiddenTooIsAHiddenError() {
    JavaFileObject rec = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<if")
        public interface Rec {
          int Float = 0;
          int java = 1;
          int id();
          float level();
        }
        """);
    assertOnlyError(compile(rec), Diagnostic.HIDDEN).on(rec, 4)
        .saying("in the generated class RecView, the constant Float", "would hide java.lang.Float",
            "and the constant java would hide the package java that would qualify it");
    JavaFileObject a = source("A", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<i", name = "Float")
        interface A {
          int id();
        }
        """);
    JavaFileObject b = source("B", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<i", name = "java")
        interface B {
          int id();
        }
        """);
    JavaFileObject c = source("C", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<f")
        interface C {
          float level();
        }
        """);
    Compilation compilation = compile(a, b, c);
    assertNoCrash(compilation);
    assertError(compilation, Diagnostic.HIDDEN).on(c, 4).saying("the class Float of package test",
        "the class java of package test would hide the package java");
  }

  /**
   * A generated class named like a package the code imports from ({@code dev.structview}) cannot
   * exist beside it (JLS 7.1): it broke every import of {@code dev.structview.*}, in every file of
   * the compilation. A tagged error on that interface alone.
   */
  @Test
  void aClassNamedLikeAPackageTheCodeNamesIsAHiddenError() {
    JavaFileObject clash = JavaFileObjects.forSourceString("dev.N", """
        package dev;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<h", name = "structview")
        public interface N {
          short a();
        }
        """);
    JavaFileObject fine = source("Ok", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<h")
        public interface Ok {
          short a();
        }
        """);
    Compilation compilation = compile(clash, fine);
    assertOnlyError(compilation, Diagnostic.HIDDEN).on(clash, 4).saying("in the generated class structview,"
        + " the class dev.structview would hide the package dev.structview.");
  }

  /** 6a: a component, a field of the Values record, named like a type or package its code names. */
  @Test
  void componentsNamedLikeWhatTheValuesRecordNamesAreRenamed() {
    JavaFileObject i = com.google.testing.compile.JavaFileObjects.forSourceString("I", """
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii")
        public interface I {
          int IView();
          int x();
        }
        """);
    JavaFileObject j = source("J", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<iii2i2f")
        public interface J {
          int ByteStore();
          int dev();
          int java();
          int[] Arrays();
          float[] Float();
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          byte[] packed() {
            JView.Values v = new JView.Values(1, 2, 3, new int[2], new float[2]);
            return v.ByteStore_() + v.dev_() + v.java_() + v.Arrays_()[0] == 6 ? v.pack() : null;
          }
        }
        """);
    assertThat(compile(i, j, user)).succeededWithoutWarnings();
  }

  /** 6c: a generated class named like a variable in scope where another view names it. */
  @Test
  void aClassNamedLikeAVariableBesideNestedViewsIsAClassVariableError() {
    for (String name : List.of("offset", "store", "i", "index", "values", "nested", "view", "TYPE", "SIZE", "i1")) {
      JavaFileObject n = source("N", """
          package test;
          import dev.structview.annotation.BufferFormat;

          @BufferFormat(value = "<hh", name = "%s")
          public interface N {
            short a();
            short b();
          }
          """.formatted(name));
      JavaFileObject m = source("M", """
          package test;
          import dev.structview.annotation.BufferFormat;

          @BufferFormat("<T{<hh}2T{<hh}i")
          public interface M {
            N pos();
            N pts(int i);
            int z();
          }
          """);
      Compilation compilation = compile(n, m);
      assertNoCrash(compilation);
      assertError(compilation, Diagnostic.CLASS_VARIABLE).on(n, 4)
          .saying("generated class name \"" + name + "\" is the name of a variable", "NView");
      assertError(compilation, Diagnostic.NESTED_INVALID).on(m, 6);
    }
  }

  /** The generated code's other variables are never in scope where it names another class. */
  @Test
  void classesNamedLikeTheOtherVariablesOfTheGeneratedCodeGenerate() {
    List<String> names = List.of("array", "buffer", "moved", "data", "count", "source", "file", "channel", "mode",
        "position", "at", "d", "r", "action", "runStore", "end", "from", "value", "bytes", "o", "other", "h", "text",
        "p", "place", "owner", "kind");
    List<JavaFileObject> sources = new ArrayList<>();
    StringBuilder format = new StringBuilder("<");
    StringBuilder accessors = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      sources.add(source("N" + k, "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
          + "@BufferFormat(value = \"<hh\", name = \"" + names.get(k) + "\")\npublic interface N" + k
          + " {\n  short a();\n  short b();\n  void a(short v);\n}\n"));
      format.append(k % 2 == 0 ? "T{<hh}" : "2T{<hh}");
      accessors.append("  N").append(k).append(k % 2 == 0 ? " n" + k + "();\n" : " n" + k + "(int i);\n");
    }
    sources.add(source("M", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n@BufferFormat(\""
        + format + "\")\npublic interface M {\n" + accessors + "}\n"));
    assertThat(compile(sources.toArray(new JavaFileObject[0]))).succeededWithoutWarnings();
  }

  /** A class generated named String would change what the package's `String s()` means. */
  @Test
  void aGeneratedClassHidingWhatTheInterfacesSignaturesNameIsAHiddenError() {
    JavaFileObject rec = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<4s", name = "String")
        public interface Rec {
          String s();
        }
        """);
    assertOnlyError(compile(rec), Diagnostic.HIDDEN).on(rec, 4)
        .saying("the class String generated in package test would hide what String means in the interface's "
            + "method signatures");
  }
}
