package dev.structview.processor.read;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated class would use something deprecated, plainly or for removal, so that it
 * suppresses the {@code [deprecation]} and {@code [removal]} warnings its user cannot act on (as
 * AutoValue does): the interface or a type enclosing it, an accessor it implements (declared or
 * inherited: overriding a deprecated method warns too), or a type in an accessor's signature, or a
 * type enclosing that one (the generated code names {@code Outer.Pos}).
 */
final class Deprecation {
  private Deprecation() {}

  static boolean touches(ProcessingEnvironment env, TypeElement type) {
    Elements elements = env.getElementUtils();
    if (deprecatedOrEnclosed(elements, type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && usesDeprecated(elements, method)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesDeprecated(Elements elements, ExecutableElement method) {
    if (elements.isDeprecated(method) || isDeprecated(elements, method.getReturnType())) {
      return true;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (isDeprecated(elements, parameter.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeprecated(Elements elements, TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isDeprecated(elements, ((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.DECLARED && deprecatedOrEnclosed(elements, ((DeclaredType) type).asElement());
  }

  /** A type, or a type its qualified name runs through, is deprecated. */
  private static boolean deprecatedOrEnclosed(Elements elements, Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        return true;
      }
    }
    return false;
  }
}
