package dev.structview.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated class may carry {@code @javax.annotation.processing.Generated}: only where its
 * module reads {@code java.compiler}, the annotation's module, as AutoValue decides. A class in the
 * unnamed module reads every module; a named module reads what it requires, and what those require
 * transitively. Otherwise the annotation is left out, so that a module declaring only {@code requires
 * dev.structview.runtime} compiles its views without also requiring {@code java.compiler} for an
 * annotation that is not even kept in the class file.
 */
final class GeneratedAnnotation {
  private static final String NAME = "javax.annotation.processing.Generated";

  private GeneratedAnnotation() {}

  /** Returns whether the class generated for {@code element} can be annotated {@code @Generated}. */
  static boolean visibleFrom(Elements elements, Element element) {
    TypeElement generated = elements.getTypeElement(NAME);
    if (generated == null) {
      return false; // not in this compilation's modules at all (--limit-modules, say)
    }
    ModuleElement from = elements.getModuleOf(element);
    if (from == null || from.isUnnamed()) {
      return true;
    }
    return reads(from, elements.getModuleOf(generated));
  }

  /** Whether {@code from} reads {@code target}: it requires it, or requires a module that requires it transitively. */
  private static boolean reads(ModuleElement from, ModuleElement target) {
    if (from.equals(target)) {
      return true;
    }
    Deque<ModuleElement> pending = new ArrayDeque<>();
    Set<ModuleElement> seen = new HashSet<>();
    for (ModuleElement.RequiresDirective r : ElementFilter.requiresIn(from.getDirectives())) {
      pending.add(r.getDependency());
    }
    while (!pending.isEmpty()) {
      ModuleElement m = pending.poll();
      if (!seen.add(m)) {
        continue;
      }
      if (m.equals(target)) {
        return true;
      }
      for (ModuleElement.RequiresDirective r : ElementFilter.requiresIn(m.getDirectives())) {
        if (r.isTransitive()) {
          pending.add(r.getDependency());
        }
      }
    }
    return false;
  }
}
