package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A repeated nested struct, indexed, in a read-only interface. */
@BufferFormat("<B:n:3T{<HH}:pts:")
public interface Path {
  int n();

  Pos pts(int index);
}
