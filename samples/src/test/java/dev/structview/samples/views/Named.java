package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** PEP 3118 field names: accessors bind by name, here declared in the reverse of the format's order. */
@BufferFormat("<I:id:h:delta:")
public interface Named {
  short delta();
  void delta(short value);

  long id();
  void id(long value);
}
