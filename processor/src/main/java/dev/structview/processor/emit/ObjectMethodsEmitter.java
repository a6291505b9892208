package dev.structview.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import java.util.List;
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

  private ObjectMethodsEmitter() {}

  static MethodSpec equals(ClassName self, List<Member> members) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
        .beginControlFlow("if (o == this)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (!(o instanceof $T))", self).addStatement("return false").endControlFlow()
        .addStatement("$T other = ($T) o", self, self);
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
      return CodeBlock.of("$T.equals($L, $L)", Arrays.class, a, b);
    }
    if (t.equals(TypeName.FLOAT)) {
      return CodeBlock.of("$T.compare($L, $L) == 0", Float.class, a, b);
    }
    if (t.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("$T.compare($L, $L) == 0", Double.class, a, b);
    }
    return t.isPrimitive() ? CodeBlock.of("$L == $L", a, b) : CodeBlock.of("$L.equals($L)", a, b);
  }

  static MethodSpec hashCode(List<Member> members) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
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
      return CodeBlock.of("$T.hashCode($L)", Arrays.class, value);
    }
    return t.isPrimitive() ? CodeBlock.of("$T.hashCode($L)", t.box(), value) : CodeBlock.of("$L.hashCode()", value);
  }

  static MethodSpec toString(String label, List<Member> members) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", label + "[");
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      CodeBlock value = member.type() instanceof ArrayTypeName
          ? CodeBlock.of("$T.toString($L)", Arrays.class, member.of("this")) : member.of("this");
      text.add(" + $S + $L", (i == 0 ? "" : ", ") + member.label() + "=", value);
    }
    text.add(" + $S", "]");
    return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $L", text.build()).build();
  }
}
