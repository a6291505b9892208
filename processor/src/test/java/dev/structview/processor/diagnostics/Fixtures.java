package dev.structview.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.BufferFormatProcessor;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles inline fixtures with the processor, as a user's build would: lint on, warnings fatal. */
final class Fixtures {
  static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

  private Fixtures() {}

  /** A source file in package {@code test}; its text starts with {@code package test;} on line 1. */
  static JavaFileObject source(String simpleName, String text) {
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  /** Compiles with the processor; a processor that escapes javac's reporting fails the test. */
  static Compilation compile(JavaFileObject... sources) {
    return compileWith(new BufferFormatProcessor(), sources);
  }

  /** Compiles with a given processor (a wrapped one, for the internal-error path). */
  static Compilation compileWith(Processor processor, JavaFileObject... sources) {
    try {
      return Compiler.javac().withProcessors(processor).withOptions(OPTIONS).compile(sources);
    } catch (RuntimeException e) {
      // javac rethrows what a processor throws: that is a crash of the user's build.
      return fail("javac crashed: the processor threw instead of reporting", e);
    }
  }
}
