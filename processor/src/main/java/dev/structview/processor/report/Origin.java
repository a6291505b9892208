package dev.structview.processor.report;

import java.util.Objects;

/**
 * Where a {@link Problem} is reported: on a method, on a value of the annotation, or on the
 * annotated interface as a whole.
 *
 * <p>Sealed, and taken apart with {@link #accept}: the processor targets Java 17, which has no
 * pattern matching in {@code switch}, and a {@link Cases} with one method per kind of origin makes
 * every reporter handle every kind, a new one included, or fail to compile.
 */
public sealed interface Origin {
  /** Returns what {@code cases} gives for this kind of origin. */
  <R> R accept(Cases<R> cases);

  /**
   * One answer per kind of origin.
   *
   * @param <R> the answer's type
   */
  interface Cases<R> {
    /** The answer for {@link OnMethod}. */
    R onMethod(Object element);

    /** The answer for {@link OnAnnotationValue}. */
    R onAnnotationValue(String attribute);

    /** The answer for {@link OnInterface}. */
    R onInterface();
  }

  /**
   * A method of the interface.
   *
   * @param element the compiler's element the reader gave for the method ({@code MethodSource.origin()}),
   *     opaque here so that this package, like the emitter, needs no {@code javax.lang.model}
   */
  record OnMethod(Object element) implements Origin {
    /** Requires an element: a problem with no method to aim at is {@link OnInterface}. */
    public OnMethod {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.onMethod(element);
    }
  }

  /**
   * A value of {@code @BufferFormat}, reported on the value when it is written out and on the
   * annotation when it is a default.
   *
   * @param attribute the annotation's attribute: {@code "value"}, {@code "name"} or {@code "charset"}
   */
  record OnAnnotationValue(String attribute) implements Origin {
    /** Requires an attribute: a problem with the whole annotation is {@link OnInterface}. */
    public OnAnnotationValue {
      Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.onAnnotationValue(attribute);
    }
  }

  /** The annotated interface, reported on its {@code @BufferFormat} annotation when it has one. */
  record OnInterface() implements Origin {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.onInterface();
    }
  }
}
