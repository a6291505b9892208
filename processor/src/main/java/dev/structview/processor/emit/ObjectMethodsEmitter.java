package dev.structview.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code equals}, {@code hashCode} and {@code toString} by value, for the view and for its
 * {@code Values} record when Java's record defaults would compare arrays by reference.
 */
final class ObjectMethodsEmitter {
  /** One value of a record: its label, its type, and how to read it from a receiver. */
  record Member(String label, TypeName type, String read) {
    CodeBlock of(String receiver) {
      return CodeBlock.of("$L.$L", receiver, read);
    }
  }

  /**
   * The most members one method compares, hashes or prints. Past it the work is split into private
   * helpers of this many, so that no method nears the JVM's 64 KiB of bytecode (a member costs at
   * most about 40 bytes) and no expression nests thousands deep (javac recurses on it).
   */
  static final int CHUNK = 128;

  private ObjectMethodsEmitter() {}

  /**
   * {@code equals}, {@code hashCode} and {@code toString}, with their helpers when there are many
   * members, named through {@code helpers} ({@code equals$0} unless the class has a method so named).
   */
  static List<MethodSpec> all(ClassName self, String label, List<Member> members, Function<String, String> helpers) {
    if (members.size() <= CHUNK) {
      return List.of(equals(self, members), hashCode(members), toString(label, members));
    }
    int chunks = (members.size() + CHUNK - 1) / CHUNK;
    List<String> equalsNames = new ArrayList<>();
    List<String> hashCodeNames = new ArrayList<>();
    List<String> toStringNames = new ArrayList<>();
    List<MethodSpec> helperMethods = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      List<Member> chunk = members.subList(c * CHUNK, Math.min(members.size(), (c + 1) * CHUNK));
      equalsNames.add(helpers.apply("equals$" + c));
      hashCodeNames.add(helpers.apply("hashCode$" + c));
      toStringNames.add(helpers.apply("toString$" + c));
      helperMethods.add(equalsChunk(self, equalsNames.get(c), chunk));
      helperMethods.add(hashCodeChunk(hashCodeNames.get(c), chunk));
      helperMethods.add(toStringChunk(toStringNames.get(c), chunk, c == 0));
    }
    List<MethodSpec> methods = new ArrayList<>(List.of(chunkedEquals(self, equalsNames),
        chunkedHashCode(hashCodeNames), chunkedToString(label, toStringNames)));
    methods.addAll(helperMethods);
    return methods;
  }

  private static MethodSpec chunkedEquals(ClassName self, List<String> helpers) {
    CodeBlock.Builder all = CodeBlock.builder();
    for (int c = 0; c < helpers.size(); c++) {
      all.add(c == 0 ? "this.$N(other)" : "\n    && this.$N(other)", helpers.get(c));
    }
    return equalsStart(self).addStatement("return $L", all.build()).build();
  }

  private static MethodSpec equalsChunk(ClassName self, String name, List<Member> chunk) {
    CodeBlock.Builder all = CodeBlock.builder();
    for (int i = 0; i < chunk.size(); i++) {
      all.add(i == 0 ? "$L" : "\n    && $L", same(chunk.get(i)));
    }
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE).returns(TypeName.BOOLEAN)
        .addParameter(self, "other").addStatement("return $L", all.build()).build();
  }

  private static MethodSpec chunkedHashCode(List<String> helpers) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode").addAnnotation(Runtime.OVERRIDE)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.INT).addStatement("int h = 1");
    for (String helper : helpers) {
      m.addStatement("h = this.$N(h)", helper);
    }
    return m.addStatement("return h").build();
  }

  private static MethodSpec hashCodeChunk(String name, List<Member> chunk) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
        .returns(TypeName.INT).addParameter(TypeName.INT, "h");
    for (Member member : chunk) {
      m.addStatement("h = 31 * h + $L", hash(member));
    }
    return m.addStatement("return h").build();
  }

  private static MethodSpec chunkedToString(String label, List<String> helpers) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString").addAnnotation(Runtime.OVERRIDE)
        .addModifiers(Modifier.PUBLIC).returns(Runtime.STRING)
        .addStatement("$T text = new $T($S)", Runtime.STRING_BUILDER, Runtime.STRING_BUILDER, label + "[");
    for (String helper : helpers) {
      m.addStatement("this.$N(text)", helper);
    }
    return m.addStatement("return text.append($S).toString()", "]").build();
  }

  private static MethodSpec toStringChunk(String name, List<Member> chunk, boolean first) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
        .addParameter(Runtime.STRING_BUILDER, "text");
    for (int i = 0; i < chunk.size(); i++) {
      Member member = chunk.get(i);
      m.addStatement("text.append($S).append($L)", (first && i == 0 ? "" : ", ") + member.label() + "=",
          printed(member));
    }
    return m.build();
  }

  private static CodeBlock printed(Member member) {
    return member.type() instanceof ArrayTypeName
        ? CodeBlock.of("$T.toString($L)", Runtime.ARRAYS, member.of("this")) : member.of("this");
  }

  private static MethodSpec.Builder equalsStart(ClassName self) {
    return MethodSpec.methodBuilder("equals").addAnnotation(Runtime.OVERRIDE)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN).addParameter(Runtime.OBJECT, "o")
        .beginControlFlow("if (o == this)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (!(o instanceof $T))", self).addStatement("return false").endControlFlow()
        .addStatement("$T other = ($T) o", self, self);
  }

  private static MethodSpec equals(ClassName self, List<Member> members) {
    MethodSpec.Builder m = equalsStart(self);
    CodeBlock.Builder all = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      all.add(i == 0 ? "$L" : "\n    && $L", same(members.get(i)));
    }
    return m.addStatement("return $L", members.isEmpty() ? CodeBlock.of("true") : all.build()).build();
  }

  private static CodeBlock same(Member member) {
    CodeBlock a = member.of("this");
    CodeBlock b = member.of("other");
    TypeName t = member.type();
    if (t instanceof ArrayTypeName) {
      return CodeBlock.of("$T.equals($L, $L)", Runtime.ARRAYS, a, b);
    }
    if (t.equals(TypeName.FLOAT)) {
      return CodeBlock.of("$T.compare($L, $L) == 0", Runtime.FLOAT, a, b);
    }
    if (t.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("$T.compare($L, $L) == 0", Runtime.DOUBLE, a, b);
    }
    // Objects.equals, as a record's own equals compares a reference component: a Values may hold null.
    return t.isPrimitive() ? CodeBlock.of("$L == $L", a, b) : CodeBlock.of("$T.equals($L, $L)", Runtime.OBJECTS, a, b);
  }

  private static MethodSpec hashCode(List<Member> members) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode").addAnnotation(Runtime.OVERRIDE)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.INT).addStatement("int h = 1");
    for (Member member : members) {
      m.addStatement("h = 31 * h + $L", hash(member));
    }
    return m.addStatement("return h").build();
  }

  private static CodeBlock hash(Member member) {
    CodeBlock value = member.of("this");
    TypeName t = member.type();
    if (t instanceof ArrayTypeName) {
      return CodeBlock.of("$T.hashCode($L)", Runtime.ARRAYS, value);
    }
    return t.isPrimitive() ? CodeBlock.of("$T.hashCode($L)", t.box(), value)
        : CodeBlock.of("$T.hashCode($L)", Runtime.OBJECTS, value); // 0 for null, as a record's hashCode
  }

  private static MethodSpec toString(String label, List<Member> members) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", label + "[");
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      text.add(" + $S + $L", (i == 0 ? "" : ", ") + member.label() + "=", printed(member));
    }
    text.add(" + $S", "]");
    return MethodSpec.methodBuilder("toString").addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PUBLIC)
        .returns(Runtime.STRING).addStatement("return $L", text.build()).build();
  }
}
