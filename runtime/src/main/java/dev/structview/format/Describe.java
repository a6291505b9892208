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
    String shown = v instanceof CharSequence ? "\"" + v + "\"" : String.valueOf(v);
    if (shown.length() > MAX_SHOWN) {
      shown = shown.substring(0, MAX_SHOWN) + "...";
    }
    return v.getClass().getSimpleName() + " " + shown;
  }
}
