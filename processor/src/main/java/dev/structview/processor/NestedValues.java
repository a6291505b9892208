package dev.structview.processor;

import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which nested records' generated classes have no {@code Values} record (too wide for the JVM's
 * parameter limit, or holding such a record in turn), so that a record containing one has none
 * either: its {@code Values} could not name theirs. A nested interface bound in this round answers
 * from its model; one generated earlier answers from its class.
 */
final class NestedValues {
  private final Elements elements;
  private final Map<String, ViewModel> models;
  private final Map<String, Boolean> known = new HashMap<>();

  NestedValues(Elements elements, Map<String, ViewModel> models) {
    this.elements = elements;
    this.models = models;
  }

  /** Returns {@code model}, told which of its nested records have no {@code Values}. */
  ViewModel complete(ViewModel model) {
    Set<RecordRef> without = new LinkedHashSet<>();
    for (RecordRef nested : model.nestedRecords()) {
      if (!hasValues(nested)) {
        without.add(nested);
      }
    }
    return without.isEmpty() ? model : model.withNestedWithoutValues(without);
  }

  private boolean hasValues(RecordRef ref) {
    String name = qualifiedName(ref);
    Boolean answer = known.get(name);
    if (answer == null) {
      known.put(name, true); // a cycle cannot lay out (the binder refuses it); never recurse forever
      ViewModel model = models.get(name);
      answer = model != null ? complete(model).values() : generatedHasValues(ref);
      known.put(name, answer);
    }
    return answer;
  }

  private boolean generatedHasValues(RecordRef ref) {
    String pkg = ref.packageName().isEmpty() ? "" : ref.packageName() + ".";
    TypeElement generated = elements.getTypeElement(pkg + ref.generatedName());
    if (generated == null) {
      return true; // not generated yet: it will be, from a model of this round or the next
    }
    for (Element member : generated.getEnclosedElements()) {
      if (member.getKind() == ElementKind.RECORD && member.getSimpleName().contentEquals("Values")) {
        return true;
      }
    }
    return false;
  }

  static String qualifiedName(RecordRef ref) {
    return (ref.packageName().isEmpty() ? "" : ref.packageName() + ".") + ref.sourceName();
  }
}
