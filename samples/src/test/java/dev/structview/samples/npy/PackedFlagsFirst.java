package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/** NumPy's packed {@code [('flags', 'u1'), ('id', '<u4'), ('delta', '<i2')]}: fields back to back, 7 bytes. */
@BufferFormat("<B:flags:I:id:h:delta:")
interface PackedFlagsFirst {
  int flags();

  long id();

  short delta();
}
