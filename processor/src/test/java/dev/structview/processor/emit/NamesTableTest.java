package dev.structview.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.processor.BufferFormatProcessor;
import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import java.io.IOException;
import java.util.HashSet;
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
 * The tables the user's names are checked against are what the emitters write: every type the
 * generated code names is in {@link Runtime}'s table, every variable it declares under a fixed name
 * in {@link Names#VARIABLES}, and every method of the {@code Values} record is a name no component
 * takes. Read from the code generated for a record of every kind of property, not from the emitters'
 * sources.
 */
class NamesTableTest {
  private static final JavaFileObject REC = JavaFileObjects.forSourceString("test.Rec", """
      package test;

      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<f d e 4s 3h (2,2)i I ? 5p c Q 2Q T{<hh} 2T{<hh}")
      public interface Rec {
        float f(); void f(float v);
        double d(); void d(double v);
        float h(); void h(float v);
        String s(); void s(String v);
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

        @BufferFormat("<hh")
        interface Pos {
          short x();
          short y();
        }
      }
      """);
  private static final List<String> PROPERTIES = List.of("f", "d", "h", "s", "a", "g", "u", "ok", "p", "ch", "big",
      "bigs", "pos", "pts");
  /** The classes of the fixture's package that its code names, and the view's own member classes. */
  private static final Set<String> OWN_CLASSES = Set.of("RecView", "Rec", "Pos", "Rec_PosView", "Values", "Type",
      "Cursor", "HeapCursor", "RegionCursor", "DirectCursor", "LongCursor");

  /** The generated code, past its imports, with comments and strings blanked. */
  private static String code() throws IOException {
    Compilation compilation = javac().withProcessors(new BufferFormatProcessor())
        .withOptions(List.of("-Xlint:all", "-Xlint:-processing", "-Werror")).compile(REC);
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedSourceFile("test.RecView").orElseThrow().getCharContent(true).toString();
    return source.substring(source.indexOf("public final class")).replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\n]*", " ").replaceAll("\"[^\"\n]*\"", "\"\"").replaceAll("'[^'\n]*'", "' '");
  }

  @Test
  void everyVariableTheCodeDeclaresIsInTheTableOrMadeFromAPropertyName() throws IOException {
    // A declaration: a type (qualified, generic, array), a name, then = ; , ) or a for-each colon.
    Matcher m = Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$.]*)(?:<[^<>;()]*>)?(?:\\[])*\\s+([A-Za-z_$][\\w$]*)"
        + "\\s*(?:=|;|,|\\)|:)").matcher(code());
    Set<String> declared = new TreeSet<>();
    Set<String> primitives = Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");
    while (m.find()) {
      if (!SourceVersion.isKeyword(m.group(1)) || primitives.contains(m.group(1))) { // not "instanceof RecView)"
        declared.add(m.group(2));
      }
    }
    assertTrue(declared.containsAll(Set.of("store", "offset", "values", "i", "at", "runStore", "other", "i0")),
        "the declarations were not found: " + declared);
    for (String name : declared) {
      String base = name.replaceAll("(View|Values|_OFFSET)$", "").toLowerCase(java.util.Locale.ROOT);
      boolean made = PROPERTIES.contains(base) || PROPERTIES.contains(name);
      assertTrue(Names.VARIABLES.contains(name) || Names.INDEX_PARAMETER.matcher(name).matches() || made,
          "the generated code declares " + name + ", which Names.VARIABLES does not list");
    }
  }

  @Test
  void everyTypeTheCodeNamesIsInTheTable() throws IOException {
    Set<String> table = Runtime.ALL.stream().flatMap(t -> t.simpleNames().stream()).collect(Collectors.toSet());
    Set<String> inExpressions = Runtime.IN_EXPRESSIONS.stream().map(ClassName::simpleName).collect(Collectors.toSet());
    // A type's simple name: capitalized, not all capitals (constants), not selected from something else.
    Matcher m = Pattern.compile("(?<![\\w$.])([A-Z][\\w$]*[a-z][\\w$]*)(\\s*\\.\\s*[A-Za-z_$][\\w$]*)?").matcher(code());
    Set<String> named = new TreeSet<>();
    while (m.find()) {
      String type = m.group(1);
      named.add(type);
      if (OWN_CLASSES.contains(type)) {
        continue;
      }
      assertTrue(table.contains(type), "the generated code names " + type + ", which Runtime's table does not list");
      String member = m.group(2) == null ? "" : m.group(2).replaceAll("[\\s.]", "");
      boolean inExpression = !member.isEmpty() && !Character.isUpperCase(member.charAt(0))
          || member.matches("[A-Z0-9_]+");
      assertTrue(!inExpression || inExpressions.contains(type),
          "the generated code names " + type + " in an expression (" + type + "." + member + "), but Runtime lists "
              + "it among the types named only where a type is expected");
    }
    assertTrue(named.containsAll(Set.of("Float", "Double", "HalfFloat", "Arrays", "Objects", "ByteStore", "Charset")),
        "the fixture names too little: " + named);
  }

  @Test
  void theTablesKeepVariablesTypesAndRootsApart() {
    Set<String> types = new HashSet<>(Names.ROOTS);
    Runtime.ALL.forEach(t -> types.addAll(t.simpleNames()));
    Set<String> both = new TreeSet<>(Names.VARIABLES);
    both.retainAll(types);
    assertEquals(Set.of(), both, "variables named like types or root packages obscure them");
    assertTrue(Names.VARIABLES.containsAll(Names.BESIDE_NESTED_VIEWS));
    assertTrue(Runtime.ALL.containsAll(Runtime.IN_EXPRESSIONS));
  }

  /** Item 2 of the second processor hunt: a bean getPack() made a component pack beside Values.pack(). */
  @Test
  void noComponentTakesTheNameOfAMethodTheValuesRecordDeclares() {
    TypeSpec values = ViewEmitter.emit(ViewEmitterTest.tickModel()).typeSpec().typeSpecs().stream()
        .filter(t -> t.name().equals("Values")).findFirst().orElseThrow();
    List<String> methods = values.methodSpecs().stream().filter(method -> method.parameters().isEmpty())
        .map(MethodSpec::name).filter(name -> !name.equals("<init>")).toList();
    assertTrue(methods.contains("pack"), "Values declares " + methods);
    StructFormat layout = FormatParser.parseExtended("<i");
    for (String method : methods) {
      Property property = new Property.Scalar(method, layout.fields().get(0), 0, JavaType.of(Kind.INT, "int"), "x",
          null);
      ViewModel model = new ViewModel(new RecordRef("p", List.of("R"), "RView", "<i"), layout, "UTF-8",
          List.of(property), false, Set.of(), Set.of());
      assertNotEquals(method, new Names(model).component(property), "a component named like Values." + method + "()");
    }
  }
}
