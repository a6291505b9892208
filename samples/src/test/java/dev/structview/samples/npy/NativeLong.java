package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/** NumPy's {@code [('t', '<i8'), ('v', '<f8')]} as NumPy exports it, {@code T{l:t:d:v:}}: the native {@code l}. */
@BufferFormat("l:t:d:v:")
interface NativeLong {
  long t();

  double v();
}
