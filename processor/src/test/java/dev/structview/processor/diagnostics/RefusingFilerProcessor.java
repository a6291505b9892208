package dev.structview.processor.diagnostics;

import dev.structview.processor.FilerWrappingProcessor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;

/**
 * The real processor, run with a {@link Filer} that refuses to create one source file, as a full
 * disk or a locked file would: the one failure a correct processor cannot rule out, so the way to
 * reach its {@code [structview.internal]} path without a bug in it.
 */
final class RefusingFilerProcessor {
  private RefusingFilerProcessor() {}

  /** The processor, refusing the source file of the class with qualified name {@code refused}. */
  static Processor refusing(String refused) {
    return new FilerWrappingProcessor(filer -> (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(),
        new Class<?>[] {Filer.class}, (p, method, args) -> {
          if (method.getName().equals("createSourceFile") && args[0].toString().equals(refused)) {
            throw new IOException("No space left on device");
          }
          try {
            return method.invoke(filer, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
