package dev.structview.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.structview.processor.bind.Binder;
import dev.structview.processor.emit.ViewEmitter;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.read.Annotations;
import dev.structview.processor.read.InterfaceReader;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Generates a view class for every {@code @BufferFormat} interface: read, then bind and validate,
 * then emit, each interface on its own.
 *
 * <p>Every mistake is reported, never thrown: a bad interface gets compile errors on its exact
 * culprits and the others still generate; an unexpected exception becomes a diagnostic on the
 * interface, never a javac crash. An interface that refers to a type or constant not resolved yet
 * waits for a later round; if it never resolves, javac reports why and structview adds nothing.
 */
@AutoService(Processor.class)
public final class BufferFormatProcessor extends AbstractProcessor {
  /** Interfaces waiting for unresolved types, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

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
    Reporter reporter = new Reporter(processingEnv.getMessager());
    Map<Element, Binder.Result> bound = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    Set<String> waiting = new HashSet<>();
    List<Element> elements = elements(round, annotation);
    for (Element element : elements) {
      try {
        bind(element, round.processingOver(), bound, failed, waiting, reporter);
      } catch (RuntimeException e) {
        reporter.internal(element, e);
      }
    }
    Map<String, ViewModel> models = new HashMap<>();
    bound.forEach((element, result) -> models.put(qualifiedName(element), result.model()));
    NestedValues nestedValues = new NestedValues(processingEnv.getElementUtils(), models);
    Map<Element, ViewModel> complete = complete(bound, new Siblings(processingEnv.getElementUtils(), elements),
        nestedValues, failed, reporter, processingEnv.getElementUtils());
    for (Map.Entry<Element, Binder.Result> entry : bound.entrySet()) {
      try {
        if (complete.containsKey(entry.getKey())) {
          generate(entry.getKey(), entry.getValue(), complete.get(entry.getKey()), failed, waiting,
              round.processingOver(), reporter);
        }
      } catch (RuntimeException | IOException e) {
        reporter.internal(entry.getKey(), e);
      }
    }
    return false; // not claimed, so other processors may read @BufferFormat too (see DoNotClaimAnnotations)
  }

  /** This round's annotated elements, and those deferred from earlier rounds. */
  private List<Element> elements(RoundEnvironment round, TypeElement annotation) {
    List<Element> elements = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null && !elements.contains(type)) {
        elements.add(type);
      }
    }
    deferred.clear();
    return elements;
  }

  private void bind(Element element, boolean lastRound, Map<Element, Binder.Result> bound, Set<String> failed,
      Set<String> waiting, Reporter reporter) {
    String name = qualifiedName(element);
    if (processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_16) < 0) {
      reporter.report(element, List.of(Problem.onInterface(Diagnostic.SOURCE_LEVEL, name,
          processingEnv.getSourceVersion())));
      failed.add(name);
      return;
    }
    InterfaceReader.Result read = new InterfaceReader(processingEnv).read(element);
    if (read.unresolved()) {
      waiting.add(name);
      if (!lastRound) {
        deferred.add(name);
      }
      return;
    }
    if (!read.problems().isEmpty()) {
      reporter.report(element, read.problems());
      failed.add(name);
      return;
    }
    Binder.Result result = Binder.bind(read.source());
    if (!result.problems().isEmpty()) {
      reporter.report(element, result.problems());
      failed.add(name);
      return;
    }
    bound.put(element, result);
  }

  /**
   * The bound models, told what only the whole round knows (which nested records have no Values,
   * which classes the round generates beside each), less those whose generated code could not
   * name what it uses: checked, all of them, before any is written, so that a view nesting a
   * refused one is refused too rather than generated against a class that never comes.
   */
  private static Map<Element, ViewModel> complete(Map<Element, Binder.Result> bound, Siblings siblings,
      NestedValues nestedValues, Set<String> failed, Reporter reporter, Elements elements) {
    Map<Element, ViewModel> complete = new LinkedHashMap<>();
    for (Map.Entry<Element, Binder.Result> entry : bound.entrySet()) {
      try {
        ViewModel model = siblings.complete(nestedValues.complete(entry.getValue().model()));
        boolean generatedAnnotation = GeneratedAnnotation.visibleFrom(elements, entry.getKey());
        List<Problem> problems = ViewEmitter.problems(model, generatedAnnotation);
        if (problems.isEmpty()) {
          complete.put(entry.getKey(), model);
        } else {
          reporter.report(entry.getKey(), problems);
          failed.add(qualifiedName(entry.getKey()));
        }
      } catch (RuntimeException e) {
        reporter.internal(entry.getKey(), e);
        failed.add(qualifiedName(entry.getKey()));
      }
    }
    return complete;
  }

  /** Emits a bound interface, unless a nested interface it uses failed or still waits. */
  private void generate(Element element, Binder.Result result, ViewModel model, Set<String> failed,
      Set<String> waiting, boolean lastRound, Reporter reporter) throws IOException {
    for (Map.Entry<RecordRef, Object> use : result.nestedUses().entrySet()) {
      String nested = qualifiedName(use.getKey());
      if (waiting.contains(nested)) {
        if (!lastRound) {
          deferred.add(qualifiedName(element)); // wait with it
        }
        return;
      }
      if (failed.contains(nested)) {
        reporter.report(element, List.of(Problem.onMethod(use.getValue(), Diagnostic.NESTED_INVALID,
            use.getValue() + "", use.getKey().sourceName())));
        return;
      }
    }
    boolean generatedAnnotation = GeneratedAnnotation.visibleFrom(processingEnv.getElementUtils(), element);
    write(element, ViewEmitter.emit(model, generatedAnnotation), reporter);
  }

  private void write(Element element, JavaFile file, Reporter reporter) throws IOException {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source;
    try {
      // The interface is the one originating element, as Gradle's isolating mode requires.
      source = processingEnv.getFiler().createSourceFile(name, element);
    } catch (FilerException e) {
      reporter.report(element, List.of(Problem.onAnnotationValue("name", Diagnostic.CLASS_EXISTS, name,
          "another class of that name is in the compilation, generated or written by hand")));
      return;
    }
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }

  private static String qualifiedName(Element element) {
    return element instanceof TypeElement ? ((TypeElement) element).getQualifiedName().toString() : element.toString();
  }

  private static String qualifiedName(RecordRef ref) {
    return NestedValues.qualifiedName(ref);
  }
}
