package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** Repeated fields under native alignment: {@code 3i} after a byte, {@code 2q} after a short. */
@BufferFormat("@b3ih2q?0q")
public interface NativeRepeats {
  byte tag();
  void tag(byte value);

  int[] vals();
  void vals(int[] values);

  short small();
  void small(short value);

  long[] longs();
  void longs(long[] values);

  boolean flag();
  void flag(boolean value);
}
