package dev.structview.processor;

import com.google.auto.service.AutoService;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Checks every {@code @BufferFormat} interface at compile time, with the runtime's own parser.
 *
 * <p>Each annotated element is handled on its own and every failure is reported, never thrown: a
 * bad interface gets a compile error on the exact culprit and the others carry on.
 */
@AutoService(Processor.class)
public final class BufferFormatProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.structview.annotation.BufferFormat";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      try {
        check(element);
      } catch (RuntimeException e) {
        messager().printMessage(Kind.ERROR, Diagnostic.INTERNAL.format(element, e), element);
      }
    }
    return false;
  }

  private void check(Element element) {
    AnnotationMirror mirror = mirror(element);
    if (element.getKind() != ElementKind.INTERFACE) {
      messager().printMessage(Kind.ERROR,
          Diagnostic.TARGET.format(kindName(element.getKind()), element.getSimpleName()), element, mirror);
      return;
    }
    AnnotationValue format = value(mirror, "value");
    if (!(format.getValue() instanceof String)) {
      return; // not a constant string: javac has already reported the value itself
    }
    try {
      FormatParser.parse((String) format.getValue());
    } catch (FormatException e) {
      messager().printMessage(Kind.ERROR, Diagnostic.FORMAT.format(e.getMessage()), element, mirror, format);
    }
  }

  private static String kindName(ElementKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static AnnotationMirror mirror(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(ANNOTATION)) {
        return mirror;
      }
    }
    throw new IllegalStateException("no @BufferFormat on " + element);
  }

  private static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (var entry : mirror.getElementValues().entrySet()) {
      ExecutableElement key = entry.getKey();
      if (key.getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException("@BufferFormat has no " + name + " value");
  }

  private Messager messager() {
    return processingEnv.getMessager();
  }
}
