package dev.structview.processor.read;

import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.RecordRef;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Turns compiler types into the {@link JavaType}s the binding rules know. */
final class TypeResolver {
  private final ProcessingEnvironment env;

  TypeResolver(ProcessingEnvironment env) {
    this.env = env;
  }

  JavaType resolve(TypeMirror type) {
    String display = type.toString();
    switch (type.getKind()) {
      case VOID: return JavaType.of(Kind.VOID, "void");
      case BOOLEAN: return JavaType.of(Kind.BOOLEAN, display);
      case BYTE: return JavaType.of(Kind.BYTE, display);
      case SHORT: return JavaType.of(Kind.SHORT, display);
      case CHAR: return JavaType.of(Kind.CHAR, display);
      case INT: return JavaType.of(Kind.INT, display);
      case LONG: return JavaType.of(Kind.LONG, display);
      case FLOAT: return JavaType.of(Kind.FLOAT, display);
      case DOUBLE: return JavaType.of(Kind.DOUBLE, display);
      case ARRAY: return array((ArrayType) type, display);
      case DECLARED: return declared((DeclaredType) type, display);
      default: return JavaType.of(Kind.OTHER, display);
    }
  }

  private JavaType array(ArrayType type, String display) {
    TypeMirror component = type.getComponentType();
    switch (component.getKind()) {
      case BOOLEAN: return JavaType.of(Kind.BOOLEAN_ARRAY, display);
      case BYTE: return JavaType.of(Kind.BYTE_ARRAY, display);
      case SHORT: return JavaType.of(Kind.SHORT_ARRAY, display);
      case CHAR: return JavaType.of(Kind.CHAR_ARRAY, display);
      case INT: return JavaType.of(Kind.INT_ARRAY, display);
      case LONG: return JavaType.of(Kind.LONG_ARRAY, display);
      case FLOAT: return JavaType.of(Kind.FLOAT_ARRAY, display);
      case DOUBLE: return JavaType.of(Kind.DOUBLE_ARRAY, display);
      default:
        return isNamed(component, "java.math.BigInteger") ? JavaType.of(Kind.BIG_INTEGER_ARRAY, display)
            : JavaType.of(Kind.OTHER, display);
    }
  }

  private JavaType declared(DeclaredType type, String display) {
    if (isNamed(type, "java.lang.String")) {
      return JavaType.of(Kind.STRING, "String");
    }
    if (isNamed(type, "java.math.BigInteger")) {
      return JavaType.of(Kind.BIG_INTEGER, "BigInteger");
    }
    TypeElement element = (TypeElement) type.asElement();
    AnnotationMirror mirror = Annotations.bufferFormat(element);
    if (element.getKind() == ElementKind.INTERFACE && mirror != null) {
      Object format = Annotations.value(env.getElementUtils(), mirror, "value");
      Object name = Annotations.value(env.getElementUtils(), mirror, "name");
      String packageName = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
      java.util.List<String> names = Annotations.simpleNames(element);
      RecordRef ref = new RecordRef(packageName, names, Annotations.generatedName(names, (String) name),
          format instanceof String ? (String) format : "");
      return new JavaType(Kind.RECORD, display, ref);
    }
    return JavaType.of(Kind.OTHER, display);
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
