package dev.structview.spark;

/**
 * A value a task cannot write, with where it sits inside its column: a nested field ({@code .x}) or
 * an array element ({@code [2]}), outermost first. The writer turns it into a
 * {@link RecordValueException} naming the row and the whole column path.
 */
final class FieldError extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  private FieldError(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /** Returns the error of a value at {@code step} ({@code ".x"} or {@code "[2]"}), wrapping what the value's encoder threw. */
  static FieldError at(String step, IllegalArgumentException e) {
    if (e instanceof FieldError) {
      FieldError inner = (FieldError) e;
      return new FieldError(step + inner.path, inner.problem, inner.getCause());
    }
    return new FieldError(step, e.getMessage(), e);
  }

  /** Returns the error of a null value at {@code step}. */
  static FieldError nullAt(String step) {
    return new FieldError(step, "null, which struct.pack cannot write as a value of the format (struct would"
        + " pack None as 0 or False, or refuse it): fill or drop the nulls first", null);
  }

  /** Returns the path of the value inside its column, such as {@code ".pos.x"} or {@code "[2]"}. */
  String path() {
    return path;
  }

  /** Returns what is wrong with the value: CPython's message, as the runtime words it. */
  String problem() {
    return problem;
  }
}
