package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A nested struct under native alignment: aligned to 4 and padded to 8, as C lays it out. */
@BufferFormat("@b:tag:T{b:a:i:b:}:inner:h:after:")
public interface Aligned {
  byte tag();
  void tag(byte value);

  Inner inner();

  short after();
  void after(short value);
}
