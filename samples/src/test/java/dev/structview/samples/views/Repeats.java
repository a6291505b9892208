package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Repeated fields bound every way the rules allow: whole arrays, indexed elements, both, and
 * consecutive scalars ({@code 3f} as x, y, z); the zero-count {@code 0h} binds to nothing (for
 * {@code 0s} and {@code 0p}, see {@code ZeroCounts}).
 */
@BufferFormat("<0h3h4B2I3f2Q2?3c2d2e3b2H2q")
public interface Repeats {
  short[] samples();                       // '3h': whole array and indexed, both with setters
  void samples(short[] values);

  short samples(int index);
  void samples(int index, short value);

  int[] levels();                          // '4B': whole array only
  void levels(int[] values);

  long gains(int index);                   // '2I': indexed only
  void gains(int index, long value);

  float x();                               // '3f': three consecutive scalars
  void x(float value);

  float y();
  void y(float value);

  float z();
  void z(float value);

  long[] counters();                       // '2Q'
  void counters(long[] values);

  boolean[] bits();                        // '2?'
  void bits(boolean[] values);

  char[] letters();                        // '3c'
  void letters(char[] values);

  double[] weights();                      // '2d': whole array and indexed
  void weights(double[] values);

  double weights(int index);
  void weights(int index, double value);

  float[] halves();                        // '2e'
  void halves(float[] values);

  byte[] deltas();                         // '3b': a byte[] of numbers, not a string
  void deltas(byte[] values);

  char[] codes();                          // '2H'
  void codes(char[] values);

  long[] totals();                         // '2q'
  void totals(long[] values);
}
