package dev.structview.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The simple names that, in the scope of a generated class, denote something other than the type
 * the generated code means by them, so that the emitter must qualify that type:
 * <ul>
 *   <li>the member types the class inherits from its interface and the interface's superinterfaces
 *       (JLS 8.5), which hide every type of the same simple name, imported or not: an interface
 *       that declares {@code enum RecordType} hides structview's {@code RecordType};
 *   <li>the top-level types of the class's package named like a {@code java.lang} type, which hide
 *       it (JLS 6.4.1: the package's types shadow the implicit {@code import java.lang.*}, though
 *       not the single-type imports the emitter writes for everything else).
 * </ul>
 */
final class HiddenNames {
  private HiddenNames() {}

  static Set<String> of(Elements elements, TypeElement type) {
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
    PackageElement pkg = elements.getPackageOf(type);
    for (Element e : pkg.getEnclosedElements()) {
      String name = e.getSimpleName().toString();
      if (e instanceof TypeElement && elements.getTypeElement("java.lang." + name) != null) {
        names.add(name);
      }
    }
    return names;
  }
}
