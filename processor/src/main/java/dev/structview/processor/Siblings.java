package dev.structview.processor;

import dev.structview.processor.model.ViewModel;
import dev.structview.processor.read.Annotations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The classes a round generates, by package: a generated class is a type of its package as much as
 * one written by hand (it hides {@code java.lang.Long} from its neighbours when named {@code Long}),
 * but the compiler lists it only from the next round on, after the others are written.
 */
final class Siblings {
  private final Map<String, Set<String>> byPackage = new HashMap<>();

  /** The generated names of every annotated interface of the round, those still waiting for types included. */
  Siblings(Elements elements, List<Element> annotated) {
    for (Element element : annotated) {
      if (!(element instanceof TypeElement type) || Annotations.bufferFormat(type) == null) {
        continue;
      }
      Object name = Annotations.value(elements, Annotations.bufferFormat(type), "name");
      if (name instanceof String explicit) {
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        byPackage.computeIfAbsent(pkg, k -> new TreeSet<>())
            .add(Annotations.generatedName(Annotations.simpleNames(type), explicit));
      }
    }
  }

  /** Returns {@code model}, told the classes generated beside its own. */
  ViewModel complete(ViewModel model) {
    Set<String> names = byPackage.get(model.record().packageName());
    return names == null ? model : model.withSiblings(names);
  }
}
