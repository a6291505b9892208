package dev.structview.view;

import dev.structview.buffer.BufferException;
import java.nio.ReadOnlyBufferException;
import java.util.List;

/**
 * CPython exceptions mapped to the Java families of DESIGN.md, and CPython's message checked as the
 * prefix of the Java one.
 *
 * <p>Two CPython errors map to a family of their own without a message: a write through a
 * read-only view ({@code TypeError: cannot modify read-only memory}) is a
 * {@link ReadOnlyBufferException}, and any use of a released view ({@code ValueError: operation
 * forbidden on released memoryview object}) an {@link IllegalStateException}.
 */
final class ViewErrors {
  static final String READ_ONLY = "cannot modify read-only memory";
  static final String RELEASED = "operation forbidden on released memoryview object";

  /** Exceptions that must never escape, whatever the input (DESIGN.md). */
  private static final List<Class<?>> FORBIDDEN = List.of(NullPointerException.class,
      ArrayIndexOutOfBoundsException.class, StringIndexOutOfBoundsException.class,
      ClassCastException.class, ArithmeticException.class, NegativeArraySizeException.class);

  private ViewErrors() {}

  /**
   * Checks a Java exception against an expected CPython error.
   *
   * @return null when it matches, else what differs
   */
  static String mismatch(ViewVectors.Expected expected, RuntimeException actual) {
    if (actual == null) {
      return "expected " + expected.type() + " (" + expected.message() + "), got success";
    }
    for (Class<?> forbidden : FORBIDDEN) {
      if (forbidden.isInstance(actual)) {
        return "expected " + expected.type() + " (" + expected.message() + "), got " + describe(actual);
      }
    }
    String type = expected.type();
    String message = expected.message();
    if (type.equals("TypeError") && message.equals(READ_ONLY)) {
      return actual instanceof ReadOnlyBufferException ? null
          : "expected ReadOnlyBufferException (" + READ_ONLY + "), got " + describe(actual);
    }
    if (type.equals("ValueError") && message.equals(RELEASED)) {
      return actual instanceof IllegalStateException ? null
          : "expected IllegalStateException (" + RELEASED + "), got " + describe(actual);
    }
    Class<?> family = family(type);
    if (family == null) {
      return "no Java family for " + type;
    }
    if (!family.isInstance(actual) || (family == IllegalArgumentException.class && actual instanceof NumberFormatException)) {
      return "expected " + family.getSimpleName() + " (" + type + ": " + message + "), got " + describe(actual);
    }
    if (type.equals("UnicodeEncodeError")) {
      return null; // Java names the character its own way
    }
    String prefix = javaVoice(message);
    String text = String.valueOf(actual.getMessage());
    if (type.equals("struct.error") && expected.javaReason() != null) {
      // Item access beyond CPython: no memoryview message exists, so struct's reason must appear in
      // Java's, which may put it in memoryview's words ("memoryview: invalid value for format ...").
      return text.contains(prefix) ? null
          : "message '" + text + "' does not contain struct's '" + prefix + "' (" + actual.getClass().getSimpleName() + ")";
    }
    return text.startsWith(prefix) ? null
        : "message '" + text + "' does not start with '" + prefix + "' (" + actual.getClass().getSimpleName() + ")";
  }

  private static Class<?> family(String pythonType) {
    switch (pythonType) {
      case "BufferError":
        return BufferException.class;
      case "IndexError":
        return IndexOutOfBoundsException.class;
      case "TypeError":
      case "ValueError":
      case "OverflowError":
      case "UnicodeEncodeError":
      case "struct.error":
        return IllegalArgumentException.class;
      case "NotImplementedError":
        return UnsupportedOperationException.class;
      default:
        return null;
    }
  }

  /** CPython's message in Java's terms: {@code None} is {@code null}. */
  private static String javaVoice(String message) {
    return message.replace("'NoneType'", "null").replaceAll("\\b(NoneType|None)\\b", "null");
  }

  static String describe(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return t.getClass().getSimpleName() + "(" + t.getMessage() + ")" + where;
  }
}
