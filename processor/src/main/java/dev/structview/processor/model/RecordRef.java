package dev.structview.processor.model;

import java.util.List;

/**
 * An interface annotated with {@code @BufferFormat}, named without {@code javax.lang.model} types.
 *
 * @param packageName the package, empty for the unnamed package
 * @param simpleNames the interface's simple name, preceded by those of its enclosing types
 * @param generatedName the simple name of its generated class (a top-level class in the package)
 * @param format its format string
 */
public record RecordRef(String packageName, List<String> simpleNames, String generatedName, String format) {
  /** Copies the names. */
  public RecordRef {
    simpleNames = List.copyOf(simpleNames);
  }

  /** Returns the interface's name as written in source: {@code Outer.Tick}. */
  public String sourceName() {
    return String.join(".", simpleNames);
  }
}
