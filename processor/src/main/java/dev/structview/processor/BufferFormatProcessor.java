package dev.structview.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.structview.processor.bind.Binder;
import dev.structview.processor.emit.ViewEmitter;
import dev.structview.processor.read.Annotations;
import dev.structview.processor.read.InterfaceReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Generates a view class for every {@code @BufferFormat} interface: read, then bind and validate,
 * then emit, each interface on its own.
 *
 * <p>Every mistake is reported, never thrown: a bad interface gets compile errors on its exact
 * culprits and the others still generate; an unexpected exception becomes a diagnostic on the
 * interface, never a javac crash.
 */
@AutoService(Processor.class)
public final class BufferFormatProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.BUFFER_FORMAT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(Annotations.BUFFER_FORMAT);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      try {
        generate(element);
      } catch (RuntimeException | IOException e) {
        processingEnv.getMessager().printMessage(Kind.ERROR, Diagnostic.INTERNAL.format(element, e), element);
      }
    }
    return false; // not claimed, so other processors may read @BufferFormat too (see DoNotClaimAnnotations)
  }

  private void generate(Element element) throws IOException {
    InterfaceReader.Result read = new InterfaceReader(processingEnv).read(element);
    if (!read.problems().isEmpty()) {
      report(element, read.problems());
      return;
    }
    Binder.Result bound = Binder.bind(read.source());
    if (!bound.problems().isEmpty()) {
      report(element, bound.problems());
      return;
    }
    JavaFile file = ViewEmitter.emit(bound.model());
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    // The interface is the one originating element, as Gradle's isolating mode requires.
    JavaFileObject source = processingEnv.getFiler().createSourceFile(name, element);
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }

  /** Puts each problem on its culprit: a method, an annotation value, or the interface. */
  private void report(Element element, List<Problem> problems) {
    AnnotationMirror mirror = Annotations.bufferFormat(element);
    for (Problem problem : problems) {
      if (problem.method() != null) {
        processingEnv.getMessager().printMessage(Kind.ERROR, problem.message(), (Element) problem.method());
      } else if (problem.attribute() != null) {
        AnnotationValue value = Annotations.explicitValue(mirror, problem.attribute());
        if (value != null) {
          processingEnv.getMessager().printMessage(Kind.ERROR, problem.message(), element, mirror, value);
        } else {
          processingEnv.getMessager().printMessage(Kind.ERROR, problem.message(), element, mirror);
        }
      } else {
        processingEnv.getMessager().printMessage(Kind.ERROR, problem.message(), element, mirror);
      }
    }
  }
}
