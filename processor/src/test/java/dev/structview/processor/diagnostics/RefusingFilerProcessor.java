package dev.structview.processor.diagnostics;

import dev.structview.processor.BufferFormatProcessor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
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
 * The real processor, run with a {@link Filer} that refuses to create one source file, as a full
 * disk or a locked file would: the one failure a correct processor cannot rule out, so the way to
 * reach its {@code [structview.internal]} path without a bug in it.
 */
final class RefusingFilerProcessor implements Processor {
  private final Processor delegate = new BufferFormatProcessor();
  private final String refused;

  /** Refuses the source file of the class with qualified name {@code refused}. */
  RefusingFilerProcessor(String refused) {
    this.refused = refused;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = proxy(Filer.class, env.getFiler(), (method, args) -> {
      if (method.getName().equals("createSourceFile") && args[0].toString().equals(refused)) {
        throw new IOException("No space left on device");
      }
      return null;
    });
    delegate.init(proxy(ProcessingEnvironment.class, env, (method, args) ->
        method.getName().equals("getFiler") ? filer : null));
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

  /** Returns what an intercepted call returns, or {@code null} to pass it through to the real object. */
  private interface Intercept {
    Object call(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, Intercept intercept) {
    Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      Object replaced = intercept.call(method, args);
      if (replaced != null) {
        return replaced;
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
    return type.cast(proxy);
  }
}
