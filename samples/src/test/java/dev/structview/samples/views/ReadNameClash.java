package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * A property named like a private reader the generated class once made for an array property
 * ({@code readSamples} for {@code samples}). Nothing reserves the name, so it must work.
 */
@BufferFormat("<3hB")
public interface ReadNameClash {
  short[] samples();
  void samples(short[] values);

  int readSamples();
  void readSamples(int value);
}
