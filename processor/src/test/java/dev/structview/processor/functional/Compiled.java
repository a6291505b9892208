package dev.structview.processor.functional;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.structview.processor.BufferFormatProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles fixtures with the processor, as a user's build would (lint on, warnings fatal), and
 * loads what it made, so that a test can run generated code beside a driver written against it.
 */
final class Compiled extends ClassLoader {
  static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

  private final Map<String, byte[]> classes = new HashMap<>();

  private Compiled(Compilation compilation) {
    super(Compiled.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        classes.put(name, bytes(file));
      }
    }
  }

  /** Compiles {@code sources}, failing the test on any error or warning. */
  static Compiled compile(JavaFileObject... sources) {
    Compilation compilation = javac().withProcessors(new BufferFormatProcessor()).withOptions(OPTIONS)
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new Compiled(compilation);
  }

  /** Calls a public static no-argument method of a compiled class, rethrowing what it throws. */
  Object call(String className, String method) throws Throwable {
    try {
      return loadClass(className).getMethod(method).invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
