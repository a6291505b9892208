package dev.structview.processor.report;

/**
 * One mistake found in an annotated interface, aimed at its culprit: a method, or the annotation
 * (and which of its values), or the interface.
 *
 * @param message the formatted message, tag first
 * @param method the culprit method's origin, or {@code null} when the culprit is the annotation
 * @param attribute the annotation value at fault ({@code "value"}, {@code "name"}, ...), or
 *     {@code null} for the interface itself
 */
public record Problem(String message, Object method, String attribute) {
  /** A problem with a method. */
  public static Problem onMethod(Object method, Diagnostic kind, Object... args) {
    return new Problem(kind.format(args), method, null);
  }

  /** A problem with a value of the annotation. */
  public static Problem onAnnotation(String attribute, Diagnostic kind, Object... args) {
    return new Problem(kind.format(args), null, attribute);
  }

  /** A problem with the interface as a whole. */
  public static Problem onInterface(Diagnostic kind, Object... args) {
    return new Problem(kind.format(args), null, null);
  }
}
