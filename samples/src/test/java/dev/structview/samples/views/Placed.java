package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A nested struct bound to another interface ({@link Pos}), then a flags byte. */
@BufferFormat("<T{<H:x:H:y:}:pos:B:flags:")
public interface Placed {
  Pos pos();

  int flags();
  void flags(int value);
}
