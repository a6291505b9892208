package dev.structview.bench.records;

import dev.structview.annotation.BufferFormat;

/** The W1 and W3 record: a 7-byte tick, exactly CPython's {@code struct} layout of {@code "<IhB"}. */
@BufferFormat("<IhB")
public interface Tick {
  /** Returns the {@code I} field, the unsigned 32-bit id. */
  long id();

  /** Returns the {@code h} field, a signed 16-bit delta. */
  short delta();

  /** Returns the {@code B} field, unsigned 8-bit flags. */
  int flags();

  /** Sets the id; range-checked to 0..2^32-1. */
  void id(long value);

  /** Sets the delta. */
  void delta(short value);

  /** Sets the flags; range-checked to 0..255. */
  void flags(int value);
}
