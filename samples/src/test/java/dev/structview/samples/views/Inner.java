package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** A C struct {@code {char a; int b;}}: 8 bytes under native alignment, nested in {@link Aligned}. */
@BufferFormat("@bi")
public interface Inner {
  byte a();
  void a(byte value);

  int b();
  void b(int value);
}
