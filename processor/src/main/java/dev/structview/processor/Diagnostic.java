package dev.structview.processor;

/**
 * The catalogue of messages the processor reports, each with a stable tag that users can search
 * for and tests can match. A message states the rule, the offending value and the fix.
 */
enum Diagnostic {
  /** The format string does not parse. Arguments: the parser's message. */
  FORMAT("structview.format", "%s"),
  /** The annotation sits on something other than an interface. Arguments: the element kind, the name. */
  TARGET("structview.target",
      "@BufferFormat applies to interfaces only, but %s %s is annotated; declare it as an interface"),
  /** The processor itself failed: a bug to report, never a javac crash. Arguments: the element, the error. */
  INTERNAL("structview.internal",
      "structview could not process %s because of an internal error (%s); please report it");

  private final String tag;
  private final String template;

  Diagnostic(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** Returns the stable tag, such as {@code structview.format}. */
  String tag() {
    return tag;
  }

  /** Formats the message with its tag in front: {@code [structview.format] ...}. */
  String format(Object... args) {
    return "[" + tag + "] " + String.format(template, args);
  }
}
