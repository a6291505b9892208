package dev.structview.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether an interface still refers to something the compiler cannot resolve: a type that does not
 * exist yet (perhaps another processor's output, due in a later round) or a constant that does not
 * exist. Such an interface is processed later; if it never resolves, javac reports the cause and
 * structview adds nothing.
 */
final class Unresolved {
  /** What javac gives as the value of an annotation attribute it could not attribute. */
  private static final String ERROR_VALUE = "<error>";

  private Unresolved() {}

  static boolean in(Elements elements, TypeElement type, AnnotationMirror mirror) {
    AnnotationValue format = Annotations.explicitValue(mirror, "value");
    if (format != null && ERROR_VALUE.equals(format.getValue())) {
      return true;
    }
    if (anyError(type.getInterfaces())) {
      return true;
    }
    // Inherited methods too: javac reports an unknown type in a superinterface, and a second,
    // structview error on the accessor that returns it would only mislead.
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (isError(method.getReturnType()) || method.getParameters().stream().anyMatch(p -> isError(p.asType()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isError(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isError(((javax.lang.model.type.ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.ERROR;
  }

  /** Whether any name in a list resolves to nothing, as an unbuilt class in a permits clause does. */
  static boolean anyError(List<? extends TypeMirror> types) {
    return types.stream().anyMatch(t -> t.getKind() == TypeKind.ERROR);
  }
}
