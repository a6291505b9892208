package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.ByteArray;
import dev.structview.view.ViewVectors.Expected;
import dev.structview.view.ViewVectors.Step;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Replays the steps of one case on the Java API, keeping the objects each step names: exporters
 * ({@code x0}), views ({@code m0}) and held consumer exports ({@code e0}).
 */
final class ViewReplay {
  private final Map<String, ViewSource> sources = new HashMap<>();
  private final Map<String, MemoryView> views = new HashMap<>();
  private final Map<String, Held> held = new HashMap<>();
  /** The exporter whose contents a write through each view changes. */
  private final Map<String, String> roots = new HashMap<>();

  /** A consumer's export, held until a {@code drop} step. */
  private record Held(BufferExporter from, BufferInfo info) {}

  /**
   * Runs one step and checks it.
   *
   * @return null when Java agrees with the expectation, else what differs
   */
  String run(Step step) {
    switch (step.op()) {
      case "exporter":
        sources.put(step.arg(1), ViewSource.of(step));
        roots.put(step.arg(1), step.arg(1));
        return null;
      case "memoryview":
        return newView(step, () -> memoryview(step.arg(2), step.arg(3)));
      case "cast":
        return newView(step, () -> cast(view(step.arg(2)), step.arg(3), step.arg(4)));
      case "slice":
        return newView(step, () -> view(step.arg(2)).slice(slice(step, 3)));
      case "toreadonly":
        return newView(step, () -> view(step.arg(2)).toReadOnly());
      case "attrs":
        return check(step, () -> ViewOutcome.attrs(view(step.arg(1))),
            a -> ViewOutcome.columns("attributes", step.expected().payload(), a));
      case "get":
        return items(step, () -> view(step.arg(1)).get(ViewVectors.longs(step.arg(2))));
      case "tolist":
        return items(step, () -> view(step.arg(1)).toList());
      case "set":
        return write(step, () -> view(step.arg(1)).set(ViewValues.toJava(step.arg(3)), ViewVectors.longs(step.arg(2))));
      case "setslice":
        return write(step, () -> view(step.arg(1)).setSlice(slice(step, 2), sliceSource(step.arg(5))));
      default:
        return ViewSteps.run(this, step);
    }
  }

  // ---- object lookup ------------------------------------------------------------------------

  MemoryView view(String name) {
    MemoryView v = views.get(name);
    if (v == null) {
      throw new AssertionError("no view " + name + " (the generator or an earlier step is wrong)");
    }
    return v;
  }

  ViewSource source(String name) {
    ViewSource s = sources.get(name);
    if (s == null) {
      throw new AssertionError("no exporter " + name);
    }
    return s;
  }

  /** A view or an exporter, as a consumer of the buffer protocol sees it. */
  BufferExporter exporter(String name) {
    if (views.containsKey(name)) {
      return views.get(name);
    }
    BufferExporter e = source(name).exporter();
    if (e == null) {
      throw new AssertionError(name + " has no exporter object in Java");
    }
    return e;
  }

  void hold(String name, BufferExporter from, BufferInfo info) {
    held.put(name, new Held(from, info));
  }

  void drop(String name) {
    Held h = held.remove(name);
    if (h == null) {
      throw new AssertionError("no export " + name);
    }
    h.from().releaseBuffer(h.info());
  }

  PyLoggingExporter logging(String name) {
    return (PyLoggingExporter) source(name).exporter();
  }

  ByteArray byteArray(String name) {
    return (ByteArray) source(name).exporter();
  }

  byte[] contents(String name) {
    return source(roots.get(name)).contents().get();
  }

  /** Releases every held export and view, so that nothing outlives its case. */
  void close() {
    for (Held h : held.values()) {
      try {
        h.from().releaseBuffer(h.info());
      } catch (RuntimeException ignored) {
        // the case already failed; cleanup is best effort
      }
    }
    for (MemoryView v : views.values()) {
      try {
        v.release();
      } catch (RuntimeException ignored) {
        // as above
      }
    }
  }

  // ---- steps --------------------------------------------------------------------------------

  static <T> String check(Step step, Supplier<T> action, java.util.function.Function<T, String> ok) {
    return ViewOutcome.of(action).check(step.expected(), ok);
  }

  private MemoryView memoryview(String src, String flags) {
    if (views.containsKey(src)) {
      MemoryView v = views.get(src);
      return flags.equals("-") ? MemoryView.of(v) : MemoryView.of(v, Integer.parseInt(flags));
    }
    ViewSource s = source(src);
    return flags.equals("-") ? s.plainView().get() : MemoryView.of(s.exporter(), Integer.parseInt(flags));
  }

  private static MemoryView cast(MemoryView v, String format, String shape) {
    String f = ViewVectors.text(format);
    return shape.equals("N") ? v.cast(f) : v.cast(f, ViewVectors.longs(shape));
  }

  private static Slice slice(Step step, int first) {
    return Slice.of(ViewVectors.optionalLong(step.arg(first)), ViewVectors.optionalLong(step.arg(first + 1)),
        ViewVectors.optionalLong(step.arg(first + 2)));
  }

  private Object sliceSource(String name) {
    return views.containsKey(name) ? views.get(name) : source(name).sliceSource();
  }

  /** A step that makes a view: checks its attributes and keeps it under its name. */
  private String newView(Step step, Supplier<MemoryView> action) {
    String name = step.arg(1);
    ViewOutcome<MemoryView> outcome = ViewOutcome.of(action);
    Expected expected = step.expected();
    String failure = outcome.check(expected, v -> ViewOutcome.columns("attributes", expected.payload(), ViewOutcome.attrs(v)));
    if (outcome.value != null) {
      views.put(name, outcome.value);
      roots.put(name, roots.get(step.arg(2)));
    }
    return failure;
  }

  /** get and tolist: the items, in the carriers of the view's format. */
  private String items(Step step, Supplier<Object> action) {
    String format = formatOrNull(view(step.arg(1)));
    return check(step, action, value -> ViewValues.mismatch(format, step.expected().payload().get(0), value));
  }

  private static String formatOrNull(MemoryView v) {
    try {
      return v.format();
    } catch (IllegalStateException released) {
      return null; // the step expects the released-view error; no value is compared
    }
  }

  /** set and setslice: the root's contents afterwards; untouched when the write fails. */
  private String write(Step step, Runnable action) {
    String root = roots.get(step.arg(1));
    byte[] before = contents(root);
    ViewOutcome<Object> outcome = ViewOutcome.run(action);
    String failure = outcome.check(step.expected(), ignored -> {
      byte[] after = contents(root);
      String expected = step.expected().payload().get(0);
      String actual = ViewVectors.encodeBytes(after);
      return expected.equals(actual) ? null : "contents " + actual + ", expected " + expected;
    });
    if (failure == null && !step.expected().ok() && !Arrays.equals(before, contents(root))) {
      failure = "a failed write changed the memory: " + ViewVectors.encodeBytes(contents(root));
    }
    PyNdArrayExporter nd = source(root).ndarray();
    if (failure == null && nd != null && !nd.untouchedOutsideElements()) {
      failure = "wrote memory outside the ndarray's elements";
    }
    return failure;
  }

  static String expectInts(List<String> expected, long... actual) {
    long[] e = expected.stream().mapToLong(Long::parseLong).toArray();
    return Arrays.equals(e, actual) ? null : Arrays.toString(actual) + ", expected " + expected;
  }
}
