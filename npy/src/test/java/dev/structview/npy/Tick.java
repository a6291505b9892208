package dev.structview.npy;

import dev.structview.annotation.BufferFormat;

/** A record with named fields of three widths, written by {@link NpyWriteTest} through its record array. */
@BufferFormat("<I:id:h:delta:B:flags:")
interface Tick {
  long id();

  short delta();

  int flags();
}
