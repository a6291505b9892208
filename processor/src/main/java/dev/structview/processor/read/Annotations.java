package dev.structview.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads {@code @BufferFormat} from elements, with its defaults, and names generated classes. */
public final class Annotations {
  /** The annotation's qualified name; the processor does not load the annotation class itself. */
  public static final String BUFFER_FORMAT = "dev.structview.annotation.BufferFormat";

  private Annotations() {}

  /** Returns the {@code @BufferFormat} mirror on an element, or {@code null}. */
  public static AnnotationMirror bufferFormat(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(BUFFER_FORMAT)) {
        return mirror;
      }
    }
    return null;
  }

  /** Returns an annotation value, with its default when not given; {@code null} if it is not a constant. */
  public static Object value(Elements elements, AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  /** Returns the explicitly given value of an annotation attribute, or {@code null}. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Returns the simple names of a type and its enclosing types, outermost first. */
  public static List<String> simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    return names;
  }

  /**
   * Returns the generated class's simple name: {@code name()} when given, else the interface's
   * simple names joined by {@code _} with {@code View} after: {@code TickView},
   * {@code Outer_TickView}.
   */
  public static String generatedName(List<String> simpleNames, String explicit) {
    if (explicit != null && !explicit.isEmpty()) {
      return explicit;
    }
    return String.join("_", simpleNames) + "View";
  }
}
