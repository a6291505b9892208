package dev.structview.format;

/** Short descriptions of values for error messages: the type and, where short, the value. */
final class Describe {
  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /** Describes a value: {@code null}, {@code byte[3]}, {@code Integer 300}, {@code String "abc"}. */
  static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return "byte[" + ((byte[]) v).length + "]";
    }
    if (v.getClass().isArray()) {
      return v.getClass().getComponentType().getSimpleName() + "[]";
    }
    // An anonymous or local class has no simple name to show.
    String type = v.getClass().getSimpleName().isEmpty() ? v.getClass().getName() : v.getClass().getSimpleName();
    return type + " " + shown(v);
  }

  /** The value's text, shortened; a caller's object whose toString throws must not replace the error reported. */
  private static String shown(Object v) {
    String shown;
    try {
      shown = v instanceof CharSequence ? "\"" + v + "\"" : String.valueOf(v);
    } catch (RuntimeException e) {
      return "(its toString threw " + e.getClass().getSimpleName() + ")";
    }
    return shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "..." : shown;
  }
}
