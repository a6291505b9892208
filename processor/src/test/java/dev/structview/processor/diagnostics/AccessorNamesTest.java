package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Accessor names that the generated code must take as the user's own: restricted identifiers, and
 * names of members the generated types declare themselves. Each compiles without a warning under
 * {@code -Xlint:all -Werror}.
 */
class AccessorNamesTest {

  /** {@code yield()} is a legal method name that Java lets no call name without a receiver. */
  @Test
  void restrictedIdentifiersAreCalledWithAReceiver() {
    JavaFileObject record = source("Rec", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<ii2h3q")
        public interface Rec {
          int yield();
          int record();
          short[] var();
          long sealed(int i);
          void yield(int v);
        }
        """);
    assertThat(compile(record)).succeededWithoutWarnings();
  }
}
