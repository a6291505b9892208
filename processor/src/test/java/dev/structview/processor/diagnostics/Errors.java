package dev.structview.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.structview.processor.report.Diagnostic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Assertions on a compilation's errors: the stable tag, the culprit's file and line, and the key
 * words of the message (the rule, the offending value, the fix). Every failure prints all errors.
 *
 * <p>{@link CatalogueTest} reads this package's sources for the tags passed to
 * {@link #assertOnlyError} and {@link #assertError}: write them as {@code Diagnostic.NAME}.
 */
final class Errors {
  private static final String PREFIX = "[structview.";

  private Errors() {}

  /** Asserts the compilation failed with exactly one error, tagged {@code tag}. */
  static ErrorMatch assertOnlyError(Compilation compilation, Diagnostic tag) {
    if (tag != Diagnostic.INTERNAL) {
      assertNoCrash(compilation);
    }
    List<javax.tools.Diagnostic<? extends JavaFileObject>> errors = errors(compilation);
    assertEquals(1, errors.size(), () -> "expected exactly one error, tagged " + tag.tag() + "; got\n" + list(errors));
    return new ErrorMatch(compilation, tag).narrow("tagged [" + tag.tag() + "]", d -> isTagged(d, tag));
  }

  /** Asserts the compilation failed with at least one error tagged {@code tag}; narrow it down further. */
  static ErrorMatch assertError(Compilation compilation, Diagnostic tag) {
    if (tag != Diagnostic.INTERNAL) {
      assertNoCrash(compilation);
    }
    assertTrue(!errors(compilation).isEmpty(), "expected an error tagged " + tag.tag() + ", but it compiled");
    return new ErrorMatch(compilation, tag).narrow("tagged [" + tag.tag() + "]", d -> isTagged(d, tag));
  }

  /**
   * Asserts the processor neither crashed nor admitted to a bug: every structview message carries a
   * catalogued tag, and none is {@code [structview.internal]}. (A processor exception that escapes
   * javac fails in {@link Fixtures#compile} already.)
   */
  static void assertNoCrash(Compilation compilation) {
    Set<String> known = EnumSet.allOf(Diagnostic.class).stream()
        .filter(d -> d != Diagnostic.INTERNAL).map(d -> "[" + d.tag() + "] ").collect(Collectors.toSet());
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = message(d);
      if (message.contains(PREFIX) && known.stream().noneMatch(message::startsWith)) {
        fail("the processor reported an internal error or an uncatalogued message:\n" + format(d)
            + "\nall diagnostics:\n" + list(compilation.diagnostics()));
      }
      if (message.contains("An annotation processor threw an uncaught exception")) {
        fail("the processor crashed javac:\n" + format(d));
      }
    }
  }

  /** Asserts that the compilation reported no error in {@code file}: what a file using generated classes proves. */
  static void assertNoErrorsIn(Compilation compilation, JavaFileObject file) {
    List<javax.tools.Diagnostic<? extends JavaFileObject>> inFile = errors(compilation).stream()
        .filter(d -> isIn(d, file)).collect(Collectors.toList());
    assertTrue(inFile.isEmpty(), () -> "expected no error in " + file.getName() + "; got\n" + list(inFile));
  }

  static List<javax.tools.Diagnostic<? extends JavaFileObject>> errors(Compilation compilation) {
    return new ArrayList<>(compilation.errors());
  }

  static String message(javax.tools.Diagnostic<?> d) {
    return d.getMessage(Locale.ROOT);
  }

  private static boolean isTagged(javax.tools.Diagnostic<?> d, Diagnostic tag) {
    return message(d).startsWith("[" + tag.tag() + "] ");
  }

  private static boolean isIn(javax.tools.Diagnostic<? extends JavaFileObject> d, JavaFileObject file) {
    return d.getSource() != null && d.getSource().toUri().equals(file.toUri());
  }

  static String list(List<? extends javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.isEmpty() ? "  (none)"
        : diagnostics.stream().map(d -> "  " + format(d)).collect(Collectors.joining("\n"));
  }

  private static String format(javax.tools.Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "?" : d.getSource().getName();
    return d.getKind() + " " + where + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": " + message(d);
  }

  /** The errors still matching what was asserted so far; each step keeps those that also match it. */
  static final class ErrorMatch {
    private final Compilation compilation;
    private final Diagnostic tag;
    private final List<String> asserted = new ArrayList<>();
    private List<javax.tools.Diagnostic<? extends JavaFileObject>> candidates;

    private ErrorMatch(Compilation compilation, Diagnostic tag) {
      this.compilation = compilation;
      this.tag = tag;
      this.candidates = errors(compilation);
    }

    /** Keeps the errors on {@code line} of {@code file}. */
    ErrorMatch on(JavaFileObject file, long line) {
      return narrow("in " + file.getName() + " on line " + line, d -> isIn(d, file) && d.getLineNumber() == line);
    }

    /** Keeps the errors at {@code column} (1-based): where the caret points, such as an annotation value. */
    ErrorMatch atColumn(long column) {
      return narrow("at column " + column, d -> d.getColumnNumber() == column);
    }

    /** Keeps the errors whose message contains every one of {@code keyWords}. */
    ErrorMatch saying(String... keyWords) {
      for (String words : keyWords) {
        narrow("saying \"" + words + "\"", d -> message(d).contains(words));
      }
      return this;
    }

    private ErrorMatch narrow(String what, Predicate<javax.tools.Diagnostic<? extends JavaFileObject>> test) {
      asserted.add(what);
      candidates = candidates.stream().filter(test).collect(Collectors.toList());
      if (candidates.isEmpty()) {
        fail("expected an error " + String.join(", ", asserted) + "; the errors were\n" + list(errors(compilation)));
      }
      return this;
    }

    @Override
    public String toString() {
      return "ErrorMatch[" + tag.tag() + " " + asserted + "]";
    }
  }
}
