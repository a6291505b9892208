package dev.structview.processor;

import dev.structview.processor.read.Annotations;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Origin;
import dev.structview.processor.report.Problem;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Puts each problem on its culprit: a method, an annotation value, or the annotated interface. */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports the problems found in an annotated interface, each where its origin points. */
  void report(Element element, List<Problem> problems) {
    Placement placement = new Placement(element, Annotations.bufferFormat(element));
    for (Problem problem : problems) {
      problem.origin().accept(placement).print(messager, problem.message());
    }
  }

  /** A bug in structview, reported on the interface instead of crashing javac. */
  void internal(Element element, Exception e) {
    messager.printMessage(Kind.ERROR, Diagnostic.INTERNAL.format(element, e), element);
  }

  /** Where javac puts a message: an element, narrowed to its annotation and that annotation's value when known. */
  private record Place(Element element, AnnotationMirror mirror, AnnotationValue value) {
    void print(Messager messager, String message) {
      if (value != null) {
        messager.printMessage(Kind.ERROR, message, element, mirror, value);
      } else if (mirror != null) {
        messager.printMessage(Kind.ERROR, message, element, mirror);
      } else {
        messager.printMessage(Kind.ERROR, message, element);
      }
    }
  }

  /** Turns an origin into a place in the annotated interface, whose {@code @BufferFormat} is {@code mirror}. */
  private record Placement(Element annotated, AnnotationMirror mirror) implements Origin.Cases<Place> {
    @Override
    public Place onMethod(Object element) {
      return new Place((Element) element, null, null); // the reader's origin: the method, or the interface
    }

    @Override
    public Place onAnnotationValue(String attribute) {
      // A default value is written nowhere, so the annotation stands for it.
      AnnotationValue value = mirror == null ? null : Annotations.explicitValue(mirror, attribute);
      return new Place(annotated, mirror, value);
    }

    @Override
    public Place onInterface() {
      return new Place(annotated, mirror, null);
    }
  }
}
