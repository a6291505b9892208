package dev.structview.processor.read;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a generated class would use something deprecated (the interface, an accessor, a nested
 * interface), so that it suppresses the warnings its user cannot act on.
 */
final class Deprecation {
  private Deprecation() {}

  static boolean touches(ProcessingEnvironment env, TypeElement type) {
    if (env.getElementUtils().isDeprecated(type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (env.getElementUtils().isDeprecated(method) || isDeprecatedType(env, method.getReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeprecatedType(ProcessingEnvironment env, TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && env.getElementUtils().isDeprecated(((DeclaredType) type).asElement());
  }
}
