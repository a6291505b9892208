package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/**
 * NumPy's {@code [('flags', 'u1'), ('id', '<u4'), ('delta', '<i2')]} with {@code align=True}: the
 * id moved to offset 4, as a C compiler puts it; the items' 2 pad bytes at the end are left out.
 */
@BufferFormat("<B:flags:3xI:id:h:delta:")
interface AlignedFlagsFirst {
  int flags();

  long id();

  short delta();
}
