package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/** The same bytes as {@link NativeLong}, spelled with the standard {@code q}: not NumPy's {@code l}. */
@BufferFormat("<q:t:d:v:")
interface StandardLong {
  long t();

  double v();
}
