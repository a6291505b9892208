package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** The README's record: a uint32 id, an int16 delta and a uint8 flags byte, little-endian. */
@BufferFormat("<IhB")
public interface Tick {
  long id();

  short delta();

  int flags();

  void id(long value);

  void delta(short value);

  void flags(int value);
}
