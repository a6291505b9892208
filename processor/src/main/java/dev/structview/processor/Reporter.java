package dev.structview.processor;

import dev.structview.processor.read.Annotations;
import dev.structview.processor.report.Diagnostic;
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

  void report(Element element, List<Problem> problems) {
    AnnotationMirror mirror = Annotations.bufferFormat(element);
    for (Problem problem : problems) {
      if (problem.method() != null) {
        messager.printMessage(Kind.ERROR, problem.message(), (Element) problem.method());
      } else if (problem.attribute() != null && mirror != null
          && Annotations.explicitValue(mirror, problem.attribute()) != null) {
        AnnotationValue value = Annotations.explicitValue(mirror, problem.attribute());
        messager.printMessage(Kind.ERROR, problem.message(), element, mirror, value);
      } else if (mirror != null) {
        messager.printMessage(Kind.ERROR, problem.message(), element, mirror);
      } else {
        messager.printMessage(Kind.ERROR, problem.message(), element);
      }
    }
  }

  /** A bug in structview, reported on the interface instead of crashing javac. */
  void internal(Element element, Exception e) {
    messager.printMessage(Kind.ERROR, Diagnostic.INTERNAL.format(element, e), element);
  }
}
