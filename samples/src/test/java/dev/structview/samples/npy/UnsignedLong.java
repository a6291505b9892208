package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/** NumPy's {@code int64} as unsigned: the same size, another kind of value, so it is refused. */
@BufferFormat("<Q:t:d:v:")
interface UnsignedLong {
  long t();

  double v();
}
