package dev.structview.view;

import dev.structview.buffer.BufferInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Java result or the exception that replaced it, checked against a step's expectation; and the
 * column encodings of view attributes and buffer descriptors, so that both compare as text.
 */
final class ViewOutcome<T> {
  final T value;
  final RuntimeException error;

  private ViewOutcome(T value, RuntimeException error) {
    this.value = value;
    this.error = error;
  }

  static <T> ViewOutcome<T> of(Supplier<T> action) {
    try {
      return new ViewOutcome<>(action.get(), null);
    } catch (RuntimeException e) {
      return new ViewOutcome<>(null, e);
    }
  }

  static ViewOutcome<Object> run(Runnable action) {
    return of(() -> {
      action.run();
      return null;
    });
  }

  /**
   * Checks this outcome: an expected error against the exception, an expected success with
   * {@code check} on the value.
   *
   * @return null when they agree, else what differs
   */
  String check(ViewVectors.Expected expected, Function<T, String> check) {
    if (!expected.ok()) {
      String failure = ViewErrors.mismatch(expected, error);
      if (failure != null && error == null && value != null) {
        failure += ": " + ViewValues.describe(value);
      }
      return failure;
    }
    if (error != null) {
      return "threw " + ViewErrors.describe(error) + ", expected OK " + expected.payload();
    }
    return check.apply(value);
  }

  /** Compares columns, naming each that differs. */
  static String columns(String what, List<String> expected, List<String> actual) {
    if (expected.equals(actual)) {
      return null;
    }
    return what + " " + actual + ", expected " + expected;
  }

  /** A view's attributes as the generator writes them: ATTRS in the generator's docstring. */
  static List<String> attrs(MemoryView v) {
    String contig = (v.isCContiguous() ? "c" : "-") + (v.isFContiguous() ? "f" : "-") + (v.isContiguous() ? "a" : "-");
    List<String> out = new ArrayList<>();
    out.add(ViewVectors.encodeText(v.format()));
    out.add(Long.toString(v.itemsize()));
    out.add(Integer.toString(v.ndim()));
    out.add(longs(v.shape()));
    out.add(longs(v.strides()));
    out.add(Long.toString(v.nbytes()));
    out.add(v.readonly() ? "ro" : "rw");
    out.add(contig);
    return out;
  }

  /** What a consumer received, as the generator writes it: BUF in the generator's docstring. */
  static List<String> buffer(BufferInfo info) {
    List<String> out = new ArrayList<>();
    out.add(info.format() == null ? "N" : ViewVectors.encodeText(info.format()));
    out.add(Long.toString(info.itemsize()));
    out.add(Integer.toString(info.ndim()));
    out.add(nullable(info.shape(), info.ndim()));
    out.add(nullable(info.strides(), info.ndim()));
    out.add(nullable(info.suboffsets(), info.ndim()));
    out.add(info.readonly() ? "ro" : "rw");
    out.add(Long.toString(info.len()));
    return out;
  }

  private static String longs(long[] values) {
    return values == null ? "-" : ViewVectors.encodeLongs(values);
  }

  /** CPython has NULL where Java may have null, or an empty array for zero dimensions. */
  private static String nullable(long[] values, int ndim) {
    return values == null || (ndim == 0 && values.length == 0) ? "N" : ViewVectors.encodeLongs(values);
  }
}
