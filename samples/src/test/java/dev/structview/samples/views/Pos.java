package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A point, nested in {@link Placed} and {@link Path}. */
@BufferFormat("<HH")
public interface Pos {
  int x();
  void x(int value);

  int y();
  void y(int value);
}
