package dev.structview.format;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A format unrolled into runs of scalar values: counts, shapes and nested structs expanded, pads
 * and names dropped, and neighbouring values of one encoding merged into one run, so that
 * {@code "BBB"} and {@code "3B"} unroll alike. Two formats whose runs agree read and write the same
 * values from the same bytes.
 */
final class ScalarLayout {
  /** Unrolling stops beyond this many steps, so that a hostile count cannot stall a comparison. */
  static final long MAX_STEPS = 1 << 20;

  /**
   * Values of one encoding, back to back.
   *
   * @param offset where the first starts
   * @param code the code
   * @param order the byte order
   * @param length the bytes of one value
   * @param count how many follow each other
   */
  record Run(long offset, FormatCode code, ByteOrder order, long length, long count) {
    boolean continuedBy(Run next) {
      return next.code == code && next.order.equals(order) && next.length == length && !code.countIsLength()
          && next.offset == offset + count * length;
    }
  }

  private final String format;
  private final List<Run> runs = new ArrayList<>();
  private long steps;

  private ScalarLayout(String format) {
    this.format = format;
  }

  /**
   * The runs of {@code format}, in format order.
   *
   * @throws IllegalArgumentException if unrolling takes more than {@link #MAX_STEPS} steps
   */
  static List<Run> of(StructFormat format) {
    ScalarLayout layout = new ScalarLayout(format.format());
    layout.add(format, 0);
    return layout.runs;
  }

  private void add(StructFormat format, long base) {
    for (FieldLayout f : format.fields()) {
      if (f.valueCount() == 0) {
        continue; // pads, and zero counts of numeric codes, hold no value
      }
      if (!f.isNested()) {
        long length = f.code().countIsLength() ? f.count() : f.elementSize();
        long count = f.code().countIsLength() ? 1 : f.elementCount();
        append(new Run(base + f.offset(), f.code(), f.order(), length, count));
        continue;
      }
      for (long k = 0; k < f.elementCount(); k++) {
        add(f.nested(), base + f.offset() + k * f.elementSize());
      }
    }
  }

  private void append(Run run) {
    if (++steps > MAX_STEPS) {
      throw new IllegalArgumentException("format \"" + format + "\" unrolls to more than " + MAX_STEPS
          + " runs of values, too many to compare value by value");
    }
    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (last != null && last.continuedBy(run)) {
      runs.set(runs.size() - 1, new Run(last.offset(), last.code(), last.order(), last.length(),
          last.count() + run.count()));
    } else {
      runs.add(run);
    }
  }
}
