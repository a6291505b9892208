package dev.structview.view;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.ByteArray;
import dev.structview.view.ViewVectors.Step;
import java.util.List;

/**
 * The steps that make no view and write no element: bytes and text, length, release, equality,
 * consumer exports, the logging exporter's counters and {@link ByteArray} resizes.
 */
final class ViewSteps {
  private ViewSteps() {}

  static String run(ViewReplay r, Step step) {
    switch (step.op()) {
      case "tobytes":
        return ViewReplay.check(step, () -> toBytes(r.view(step.arg(1)), step.arg(2)),
            b -> same("bytes", step.expected().payload().get(0), ViewVectors.encodeBytes(b)));
      case "hex":
        return ViewReplay.check(step, () -> hex(r.view(step.arg(1)), step.arg(2), step.arg(3)),
            h -> same("hex", step.expected().payload().get(0), ViewVectors.encodeText(h)));
      case "len":
        return ViewReplay.check(step, () -> r.view(step.arg(1)).length(),
            n -> ViewReplay.expectInts(step.expected().payload(), n));
      case "release":
        return ViewReplay.check(step, () -> run(() -> r.view(step.arg(1)).release()), ok -> null);
      case "close":
        return ViewReplay.check(step, () -> run(() -> r.view(step.arg(1)).close()), ok -> null);
      case "eq":
        return equality(r, step);
      case "getbuf":
        return getbuf(r, step, r.exporter(step.arg(1)), Integer.parseInt(step.arg(2)), null);
      case "export":
        return getbuf(r, step, r.exporter(step.arg(2)), Integer.parseInt(step.arg(3)), step.arg(1));
      case "drop":
        return ViewReplay.check(step, () -> run(() -> r.drop(step.arg(1))), ok -> null);
      case "state":
        return state(r.logging(step.arg(1)), step.expected().payload());
      case "append":
        return resize(r, step, () -> r.byteArray(step.arg(1)).append(ViewVectors.bytes(step.arg(2))));
      case "resize":
        return resize(r, step, () -> r.byteArray(step.arg(1)).resize(Integer.parseInt(step.arg(2))));
      case "setbyte":
        return resize(r, step, () -> r.byteArray(step.arg(1)).set(Integer.parseInt(step.arg(2)),
            (byte) Integer.parseInt(step.arg(3))));
      default:
        throw new IllegalStateException("unknown step " + step);
    }
  }

  private static Object run(Runnable action) {
    action.run();
    return Boolean.TRUE;
  }

  private static String same(String what, String expected, String actual) {
    return expected.equals(actual) ? null : what + " " + actual + ", expected " + expected;
  }

  private static byte[] toBytes(MemoryView v, String order) {
    return order.equals("N") ? v.toBytes() : v.toBytes(order.charAt(0));
  }

  private static String hex(MemoryView v, String sep, String perSep) {
    if (sep.equals("N")) {
      return v.hex();
    }
    return v.hex(ViewVectors.text("x:" + sep.substring(1)), Integer.parseInt(perSep));
  }

  /** v == w, and equal views hash alike (Java's contract; CPython's hash values are not compared). */
  private static String equality(ViewReplay r, Step step) {
    MemoryView a = r.view(step.arg(1));
    MemoryView b = r.view(step.arg(2));
    String failure = ViewReplay.check(step, () -> a.equals(b),
        eq -> same("==", step.expected().payload().get(0), eq ? "T" : "F"));
    if (failure == null && a.equals(a.toString())) {
      return "a view equals a String";  // only views compare equal to views
    }
    if (failure != null || !a.equals(b) || a == b) {
      return failure;
    }
    ViewOutcome<Boolean> hashes = ViewOutcome.of(() -> a.hashCode() == b.hashCode());
    if (hashes.error instanceof IllegalStateException) {
      return null; // a released view without a cached hash; equals already said what it must
    }
    if (hashes.error != null) {
      return "equal views, but hashCode threw " + ViewErrors.describe(hashes.error);
    }
    return hashes.value ? null : "equal views with different hash codes " + a.hashCode() + " and " + b.hashCode();
  }

  /** A consumer's request: the descriptor it received, released at once or held under a name. */
  private static String getbuf(ViewReplay r, Step step, BufferExporter from, int flags, String holdAs) {
    ViewOutcome<BufferInfo> outcome = ViewOutcome.of(() -> from.getBuffer(flags));
    String failure = outcome.check(step.expected(),
        info -> ViewOutcome.columns("buffer", step.expected().payload(), ViewOutcome.buffer(info)));
    if (outcome.value != null) {
      if (holdAs != null) {
        r.hold(holdAs, from, outcome.value);
      } else {
        from.releaseBuffer(outcome.value);
      }
    }
    return failure;
  }

  private static String state(PyLoggingExporter x, List<String> expected) {
    String flags = ViewVectors.encodeLongs(x.flags().stream().mapToLong(Integer::longValue).toArray());
    List<String> actual = List.of(Integer.toString(x.gets()), Integer.toString(x.releases()), flags);
    return ViewOutcome.columns("gets, releases, flags", expected, actual);
  }

  private static String resize(ViewReplay r, Step step, Runnable action) {
    String name = step.arg(1);
    return ViewReplay.check(step, () -> run(action),
        ok -> same("bytearray", step.expected().payload().get(0), ViewVectors.encodeBytes(r.byteArray(name).toByteArray())));
  }
}
