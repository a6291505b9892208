package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A {@code (2,3)} subarray: one index per dimension, or the six values in row-major order. */
@BufferFormat("<(2,3)h:grid:B:tag:")
public interface Grid {
  short grid(int row, int column);
  void grid(int row, int column, short value);

  short[] grid();
  void grid(short[] values);

  int tag();
  void tag(int value);
}
