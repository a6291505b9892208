package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names that, in a generated class's scope, stand for a type of the user's: member types the class
 * inherits from its interface or the interface's superinterfaces, and types of the package named
 * like {@code java.lang} ones. The generated code must name its own types qualified where so
 * hidden, and compile without a warning under {@code -Xlint:all -Werror}.
 */
class HiddenNamesTest {
  /** Every type the generated code names, by its simple name: java.lang's, the JDK's and the runtime's. */
  private static final List<String> USED = List.of("Float", "Double", "String", "Object", "Override",
      "IllegalArgumentException", "IllegalStateException", "Integer", "Long", "Short", "Byte", "Boolean",
      "Character", "StringBuilder", "SuppressWarnings", "Deprecated", "Path", "ByteBuffer", "FileChannel",
      "Charset", "Consumer", "Arrays", "Objects", "BigInteger", "ByteStore", "RecordType", "RecordArray",
      "RecordCursor", "CursorRun", "MemoryView", "BufferExporter", "Support", "Views", "Conversions",
      "HalfFloat", "Generated");

  /** A record that reads and writes every kind of value the generated code converts. */
  private static final String ACCESSORS = """
        float f(); void f(float v);
        double d(); void d(double v);
        float h(); void h(float v);
        java.lang.String s(); void s(java.lang.String v);
        short[] a(); void a(short[] v);
        long u(); void u(long v);
        boolean ok(); void ok(boolean v);
        byte[] p(); void p(byte[] v);
      """;
  private static final String FORMAT = "<f:f:d:d:e:h:4s:s:3h:a:I:u:?:ok:5p:p:";

  private static String memberTypes() {
    StringBuilder members = new StringBuilder();
    for (String name : USED) {
      members.append("  class ").append(name).append(" {}\n");
    }
    return members.toString();
  }

  @Test
  void memberTypesOfTheInterfaceHideNothingTheGeneratedCodeNames() {
    JavaFileObject record = source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
        + "@BufferFormat(\"" + FORMAT + "\")\npublic interface Rec {\n" + ACCESSORS + memberTypes()
        + "  enum Kind { DATA, INDEX }\n  default Kind kind() { return Kind.values()[(int) (u() % 2)]; }\n}\n");
    assertThat(compile(record)).succeededWithoutWarnings();
  }

  @Test
  void memberTypesOfSuperinterfacesHideNothingEither() {
    JavaFileObject base = source("Base", "package test;\n\npublic interface Base {\n" + memberTypes() + "}\n");
    JavaFileObject middle = source("Middle", "package test;\n\npublic interface Middle extends Base {}\n");
    JavaFileObject record = source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
        + "@BufferFormat(\"" + FORMAT + "\")\npublic interface Rec extends Middle {\n" + ACCESSORS + "}\n");
    assertThat(compile(base, middle, record)).succeededWithoutWarnings();
  }

  @Test
  void typesOfThePackageNamedLikeJavaLangOnesHideNothing() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("Float", "Double", "String", "Object", "Override", "IllegalArgumentException",
        "IllegalStateException", "Integer", "Long", "Short", "Byte", "Boolean", "Character", "StringBuilder")) {
      sources.add(source(name, "package test;\n\nclass " + name + " {}\n"));
    }
    sources.add(source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
        + "@BufferFormat(\"" + FORMAT + "\")\npublic interface Rec {\n" + ACCESSORS + "}\n"));
    assertThat(compile(sources.toArray(new JavaFileObject[0]))).succeededWithoutWarnings();
  }

  @Test
  void aGeneratedClassNamedLikeAJavaLangTypeNamesThatTypeQualified() {
    JavaFileObject record = source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
        + "@BufferFormat(value = \"" + FORMAT + "\", name = \"Float\")\npublic interface Rec {\n" + ACCESSORS + "}\n");
    assertThat(compile(record)).succeededWithoutWarnings();
    for (String name : List.of("Double", "IllegalArgumentException", "String", "Object", "Override")) {
      JavaFileObject named = source("Rec", "package test;\nimport dev.structview.annotation.BufferFormat;\n\n"
          + "@BufferFormat(value = \"" + FORMAT + "\", name = \"" + name + "\")\npublic interface Rec {\n"
          + ACCESSORS + "}\n");
      assertThat(compile(named)).succeededWithoutWarnings();
    }
  }
}
