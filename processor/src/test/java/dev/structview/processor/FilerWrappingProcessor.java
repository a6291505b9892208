package dev.structview.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The real processor, run with its {@link Filer} wrapped: for tests that watch what it writes
 * (originating elements) or make writing fail (a full disk).
 */
public final class FilerWrappingProcessor implements Processor {
  private final Processor delegate = new BufferFormatProcessor();
  private final UnaryOperator<Filer> wrap;

  /** Runs the processor with the compiler's filer as {@code wrap} returns it. */
  public FilerWrappingProcessor(UnaryOperator<Filer> wrap) {
    this.wrap = wrap;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = wrap.apply(env.getFiler());
    // A proxy rather than a class implementing ProcessingEnvironment, so that methods later JDKs
    // add to the interface still reach the compiler's environment.
    Object proxy = Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class}, (p, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return filer;
          }
          try {
            return method.invoke(env, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    delegate.init((ProcessingEnvironment) proxy);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
