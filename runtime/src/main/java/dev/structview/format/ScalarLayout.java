package dev.structview.format;

import java.nio.ByteOrder;

/**
 * A format unrolled into runs of scalar values: counts, shapes and nested structs expanded, pads
 * and names dropped, and neighbouring values of one encoding merged into one run, so that
 * {@code "BBB"} and {@code "3B"} unroll alike. Two formats whose runs agree read and write the same
 * values from the same bytes.
 *
 * <p>The runs are produced lazily, one at a time, and two formats are compared run by run, so a
 * comparison stops at the first difference and allocates nothing per step: memory stays bounded by
 * the nesting depth whatever the counts say. Every step of the unrolling counts against
 * {@link #MAX_STEPS}, the visit of a nested struct's element included, so that
 * {@code "1152921504606846976T{}"} (an empty struct repeated 2<sup>60</sup> times: no values, no
 * bytes) is refused after a bounded number of steps instead of being walked forever.
 */
final class ScalarLayout {
  /** Unrolling stops beyond this many steps, so that a hostile count cannot stall a comparison. */
  static final long MAX_STEPS = 1 << 20;

  /** One struct being walked: which field and which element of it come next. */
  private static final class Frame {
    StructFormat struct;
    long base;
    int field;
    long element;
  }

  private final String format;
  /** The structs being walked, outermost first; frames are reused, not allocated per visit. */
  private final Frame[] frames = new Frame[Pep3118Parser.MAX_DEPTH + 1];
  private int depth;
  private long steps;

  /** The run being merged: valid when {@link #hasRun}. */
  private boolean hasRun;
  private long offset;
  private FormatCode code;
  private ByteOrder order;
  private long length;
  private long count;

  /** The raw run of one field that the last {@link #advance} found, not yet merged. */
  private boolean hasRaw;
  private long rawOffset;
  private FormatCode rawCode;
  private ByteOrder rawOrder;
  private long rawLength;
  private long rawCount;

  private ScalarLayout(StructFormat format) {
    this.format = format.format();
    push(format, 0);
  }

  /**
   * Returns whether two formats unroll to the same runs, comparing them lazily.
   *
   * @throws IllegalArgumentException if unrolling either takes more than {@link #MAX_STEPS} steps
   *     before a difference is found
   */
  static boolean sameRuns(StructFormat a, StructFormat b) {
    ScalarLayout x = new ScalarLayout(a);
    ScalarLayout y = new ScalarLayout(b);
    while (true) {
      boolean more = x.next();
      if (more != y.next()) {
        return false;
      }
      if (!more) {
        return true;
      }
      if (!x.sameRunAs(y)) {
        return false;
      }
    }
  }

  // Kinds, not codes: a native "l" and a "<q" on this machine are both signed 8-byte integers, and
  // NumPy writes int64 as "l" (its C long) where a view declares "q".
  private boolean sameRunAs(ScalarLayout o) {
    return offset == o.offset && code.kind() == o.code.kind() && order.equals(o.order) && length == o.length
        && count == o.count;
  }

  /** Moves to the next merged run; returns false at the end. */
  private boolean next() {
    hasRun = false;
    while (true) {
      if (!hasRaw && !advance()) {
        return hasRun;
      }
      if (!hasRun) {
        takeRaw();
      } else if (continuedByRaw()) {
        count += rawCount;
        hasRaw = false;
      } else {
        return true; // the raw run starts the next merged one
      }
    }
  }

  private void takeRaw() {
    hasRun = true;
    offset = rawOffset;
    code = rawCode;
    order = rawOrder;
    length = rawLength;
    count = rawCount;
    hasRaw = false;
  }

  // Strings merge too: "3s3s" and NumPy's "(2)3s" are two strings of 3 bytes each way, while
  // "1s1s" and "2s" keep their different lengths.
  private boolean continuedByRaw() {
    return rawCode.kind() == code.kind() && rawOrder.equals(order) && rawLength == length
        && rawOffset == offset + count * length;
  }

  /** Finds the raw run of the next field holding values; returns false at the end. */
  private boolean advance() {
    while (depth > 0) {
      Frame frame = frames[depth - 1];
      if (frame.field == frame.struct.fields().size()) {
        depth--;
        continue;
      }
      FieldLayout f = frame.struct.fields().get(frame.field);
      step();
      if (f.valueCount() == 0) {
        frame.field++; // pads, and zero counts of numeric codes, hold no value
      } else if (!f.isNested()) {
        frame.field++;
        setRaw(frame.base + f.offset(), f);
        return true;
      } else if (frame.element == f.elementCount()) {
        frame.field++;
        frame.element = 0;
      } else {
        push(f.nested(), frame.base + f.offset() + frame.element++ * f.elementSize());
      }
    }
    return false;
  }

  private void setRaw(long at, FieldLayout f) {
    hasRaw = true;
    rawOffset = at;
    rawCode = f.code();
    rawLength = f.elementSize(); // a string's length, or the code's size
    rawCount = f.elementCount(); // a string field with a shape holds several strings
    // Single bytes and strings have no byte order: NumPy writes a big-endian record's uint8 field
    // as "B" outside the '>' ("T{B:flag:>I:value:}"), where a view may declare ">BI".
    rawOrder = f.hasByteOrder() ? f.order() : ByteOrder.BIG_ENDIAN;
  }

  private void push(StructFormat struct, long base) {
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    frame.struct = struct;
    frame.base = base;
    frame.field = 0;
    frame.element = 0;
    depth++;
  }

  private void step() {
    if (++steps > MAX_STEPS) {
      throw new IllegalArgumentException("format \"" + format + "\" unrolls to more than " + MAX_STEPS
          + " runs of values, too many to compare value by value");
    }
  }
}
