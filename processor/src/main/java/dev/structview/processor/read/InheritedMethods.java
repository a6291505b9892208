package dev.structview.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The abstract methods an interface inherits, one per signature: two superinterfaces may declare
 * the same accessor ({@code interface D extends A, B} where both declare {@code int x()}), and the
 * compiler's members of {@code D} then hold both, though one implementation serves them (JLS
 * 9.4.1.3). Of override-equivalent methods the one whose return type is a subtype of the others'
 * is kept ({@code String s()} over {@code CharSequence s()}), since its implementation implements
 * them all. Methods whose return types no single implementation satisfies (primitives that
 * differ), which javac refuses in the interface itself, are all kept, and the binder refuses the
 * second as a duplicate accessor.
 */
final class InheritedMethods {
  private final Types types;
  private final DeclaredType owner;

  InheritedMethods(Types types, TypeElement owner) {
    this.types = types;
    this.owner = (DeclaredType) owner.asType();
  }

  /** Returns {@code methods}, in order, less each that another override-equivalent one implements too. */
  List<ExecutableElement> mostSpecific(List<ExecutableElement> methods) {
    List<ExecutableElement> kept = new ArrayList<>();
    for (ExecutableElement method : methods) {
      if (kept.stream().anyMatch(k -> equivalent(k, method) && implementsBoth(k, method))) {
        continue;
      }
      int at = kept.size();
      for (int i = kept.size() - 1; i >= 0; i--) {
        if (equivalent(kept.get(i), method) && implementsBoth(method, kept.get(i))) {
          kept.remove(i);
          at = i;
        }
      }
      kept.add(at, method); // beside an incompatible one, both stay: javac refuses the interface anyway
    }
    return kept;
  }

  /** Override-equivalent (JLS 8.4.2): the same name, and one signature a subsignature of the other. */
  private boolean equivalent(ExecutableElement a, ExecutableElement b) {
    if (!a.getSimpleName().equals(b.getSimpleName())) {
      return false; // first, and cheaply: this runs for every pair of an interface's methods
    }
    ExecutableType ta = memberType(a);
    ExecutableType tb = memberType(b);
    return types.isSubsignature(ta, tb) || types.isSubsignature(tb, ta);
  }

  /** Whether an implementation of {@code a} implements {@code b} too: the same return type, or a reference subtype. */
  private boolean implementsBoth(ExecutableElement a, ExecutableElement b) {
    TypeMirror ra = memberType(a).getReturnType();
    TypeMirror rb = memberType(b).getReturnType();
    if (types.isSameType(ra, rb)) {
      return true;
    }
    return !ra.getKind().isPrimitive() && !rb.getKind().isPrimitive() && types.isSubtype(ra, rb);
  }

  /** The method as a member of the annotated interface: a generic superinterface's variables replaced. */
  private ExecutableType memberType(ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(owner, method);
  }
}
