package dev.structview.processor.report;

/**
 * One mistake found in an annotated interface: its kind in the catalogue, its message and its
 * culprit. Tests and tools match {@link #diagnostic()}, not the message's text.
 *
 * @param diagnostic the catalogue entry the message was made from
 * @param message the formatted message, tag first
 * @param origin where the message is reported
 */
public record Problem(Diagnostic diagnostic, String message, Origin origin) {
  /** A problem with a method; {@code method} is the element the reader gave for it. */
  public static Problem onMethod(Object method, Diagnostic kind, Object... args) {
    return new Problem(kind, kind.format(args), new Origin.OnMethod(method));
  }

  /** A problem with a value of the annotation, such as {@code "value"}, the format. */
  public static Problem onAnnotationValue(String attribute, Diagnostic kind, Object... args) {
    return new Problem(kind, kind.format(args), new Origin.OnAnnotationValue(attribute));
  }

  /** A problem with the interface as a whole. */
  public static Problem onInterface(Diagnostic kind, Object... args) {
    return new Problem(kind, kind.format(args), new Origin.OnInterface());
  }
}
