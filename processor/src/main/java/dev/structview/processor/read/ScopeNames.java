package dev.structview.processor.read;

import dev.structview.processor.model.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the user's names in the scope of an interface's generated class (see {@link Scope}): the
 * constants and member types it inherits from the interface and its superinterfaces, the types of
 * its package as they are before this round, the interface's methods, and the {@code java.lang}
 * types their signatures spell by simple names.
 */
final class ScopeNames {
  private ScopeNames() {}

  static Scope of(ProcessingEnvironment env, TypeElement type) {
    Elements elements = env.getElementUtils();
    Set<String> constants = new TreeSet<>();
    Set<String> methods = new TreeSet<>();
    for (Element member : elements.getAllMembers(type)) {
      if (member.getKind() == ElementKind.FIELD) {
        constants.add(member.getSimpleName().toString());
      } else if (member.getKind() == ElementKind.METHOD) {
        methods.add(member.getSimpleName().toString());
      }
    }
    Set<String> packageTypes = new TreeSet<>();
    PackageElement pkg = elements.getPackageOf(type);
    for (Element e : pkg.getEnclosedElements()) {
      if (e instanceof TypeElement) {
        packageTypes.add(e.getSimpleName().toString());
      }
    }
    return new Scope(constants, memberTypes(type), packageTypes, Set.of(), methods, SignatureNames.of(env, type));
  }

  /** The member types of {@code type} and of every superinterface, inherited or not (the scope holds both). */
  private static Set<String> memberTypes(TypeElement type) {
    Set<String> names = new TreeSet<>();
    Set<TypeElement> seen = new HashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      TypeElement t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      for (TypeElement member : ElementFilter.typesIn(t.getEnclosedElements())) {
        names.add(member.getSimpleName().toString());
      }
      for (TypeMirror parent : t.getInterfaces()) {
        if (parent instanceof DeclaredType) {
          pending.add((TypeElement) ((DeclaredType) parent).asElement());
        }
      }
    }
    return names;
  }
}
