package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/** The same values as {@link NativeLong}, spelled with the standard {@code q}: it reads NumPy's {@code l} too. */
@BufferFormat("<q:t:d:v:")
interface StandardLong {
  long t();

  double v();
}
