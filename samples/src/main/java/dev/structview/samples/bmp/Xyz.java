package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/** {@code CIEXYZ}: a color's coordinates as 2.30 fixed-point numbers ({@code FXPT2DOT30}). */
@BufferFormat("<i:x:i:y:i:z:")
public interface Xyz {
  /** X, in units of 2^-30. */
  int x();

  /** Y, in units of 2^-30. */
  int y();

  /** Z, in units of 2^-30. */
  int z();
}
